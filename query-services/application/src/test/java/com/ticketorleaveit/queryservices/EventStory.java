package com.ticketorleaveit.queryservices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** Events in order, each the next in its aggregate's stream, as the command side appends them. */
public final class EventStory {

    private final List<EventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    public void add(Object aggregateId, Object payload) {
        add(aggregateId, payload, Instant.now());
    }

    /** An event that happened at {@code at}: the read models take their times from it. */
    public void add(Object aggregateId, Object payload, Instant at) {
        String id = aggregateId.toString();
        long sequence = sequences.merge(id, 0L, (previous, ignored) -> previous + 1);
        events.add(new GenericDomainEventMessage<>(
                "Aggregate", id, sequence, payload, Map.of(), UUID.randomUUID().toString(), at));
    }

    public List<EventMessage<?>> events() {
        return events;
    }
}
