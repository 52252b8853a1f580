package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The tier an order is for, read from the order's first event. A customer names only the order; its commands are
 * routed by tier (see {@link BoxOffice}), so the tier is looked up before the command is sent. An order's tier never
 * changes, and this reads the order's own stream, so no lookup table has to be kept in step with it.
 */
@Component
public class OrderTiers {

    private final EventStore eventStore;

    OrderTiers(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<UUID> tierOf(OrderId orderId) {
        var events = eventStore.readEvents(orderId.toString());
        if (!events.hasNext()) {
            return Optional.empty();
        }
        return events.next().getPayload() instanceof OrderPlaced placed
                ? Optional.of(placed.tierId())
                : Optional.empty();
    }
}
