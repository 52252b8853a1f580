package com.ticketorleaveit.tickets.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TicketsCommandConfiguration {

    static final String TIER_INVENTORY_SNAPSHOT_TRIGGER = "tierInventorySnapshotTrigger";

    /** A hot tier loads from its latest snapshot plus at most this many events. */
    static final int TIER_INVENTORY_SNAPSHOT_EVERY = 100;

    @Bean(TIER_INVENTORY_SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition tierInventorySnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, TIER_INVENTORY_SNAPSHOT_EVERY);
    }
}
