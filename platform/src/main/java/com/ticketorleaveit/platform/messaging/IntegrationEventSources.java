package com.ticketorleaveit.platform.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The source of each consumer's processing group, shared by the Axon configuration and the consumers' runtime. */
public class IntegrationEventSources {

    private final Map<String, IntegrationEventSource> sources = new ConcurrentHashMap<>();

    IntegrationEventSource of(String processingGroup) {
        return sources.computeIfAbsent(processingGroup, group -> new IntegrationEventSource());
    }
}
