package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The tickets context learns who organizes an event, so that the organizer may check its tickets in and name its door
 * staff. Sent when the event is created; sending it again changes nothing.
 */
public record OpenEventDoor(UUID eventId, UUID organizerUserId) {

    @TargetAggregateIdentifier
    public EventDoorId doorId() {
        return EventDoorId.of(eventId);
    }
}
