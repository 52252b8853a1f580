package com.ticketorleaveit.platform.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A bounded, least-recently-used cache of aggregates for Axon's caching repository, so that a busy aggregate (a hot
 * tier, an order in its purchase) is not rebuilt from the event store for every command. It is safe across replicas
 * because commands for one aggregate are routed to one node, and a stale entry cannot do harm: its next change fails
 * on the event store's unique sequence number, and Axon evicts the entry when the unit of work rolls back.
 */
public final class AggregateCache implements Cache {

    private final Map<Object, Object> entries;

    public AggregateCache(long maximumSize) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Aggregate repositories register no listeners; nothing is told about entries. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("AggregateCache keeps no entry listeners");
    }
}
