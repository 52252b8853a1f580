package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.platform.eventstore.AggregateCache;
import com.ticketorleaveit.platform.eventstore.AggregateLocks;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TicketsCommandProperties.class)
class TicketsCommandConfiguration {

    static final String TIER_INVENTORY_SNAPSHOT_TRIGGER = "tierInventorySnapshotTrigger";
    static final String AGGREGATE_CACHE = "ticketsAggregateCache";
    static final String AGGREGATE_LOCKS = "ticketsAggregateLocks";

    /** A tier that is not cached loads from its latest snapshot plus at most this many events. */
    static final int TIER_INVENTORY_SNAPSHOT_EVERY = 100;

    /** Orders in their purchase and the tiers on sale: a purchase's steps find their aggregates in memory. */
    static final long CACHED_AGGREGATES = 50_000;

    @Bean(TIER_INVENTORY_SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition tierInventorySnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, TIER_INVENTORY_SNAPSHOT_EVERY);
    }

    @Bean(AGGREGATE_CACHE)
    Cache ticketsAggregateCache() {
        return new AggregateCache(CACHED_AGGREGATES);
    }

    /** A tier on sale is what hundreds of buyers queue for at once. */
    @Bean(AGGREGATE_LOCKS)
    LockFactory ticketsAggregateLocks() {
        return AggregateLocks.queueing();
    }
}
