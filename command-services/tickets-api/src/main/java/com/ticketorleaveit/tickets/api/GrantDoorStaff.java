package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The event's organizer (or an admin, {@code byAdmin}) lets user {@code userId} check tickets in at the event's door.
 * Granting it again changes nothing.
 */
public record GrantDoorStaff(UUID eventId, UUID userId, UUID requestedBy, boolean byAdmin) {

    @TargetAggregateIdentifier
    public EventDoorId doorId() {
        return EventDoorId.of(eventId);
    }
}
