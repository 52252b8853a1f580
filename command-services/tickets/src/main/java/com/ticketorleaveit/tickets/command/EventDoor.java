package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.DoorStaffGranted;
import com.ticketorleaveit.tickets.api.EventDoorId;
import com.ticketorleaveit.tickets.api.EventDoorOpened;
import com.ticketorleaveit.tickets.api.GrantDoorStaff;
import com.ticketorleaveit.tickets.api.OpenEventDoor;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Who may check tickets in at an event's door: its organizer, and the users the organizer named door staff (admins
 * always may). One per event, keyed by its {@link EventDoorId}. It is not cached: check-ins read it on the node of the ticket's
 * tier while grants are handled on the node of the event, so every read loads the few events it has.
 */
@Aggregate
class EventDoor {

    @AggregateIdentifier
    private EventDoorId doorId;

    private UUID eventId;

    private UUID organizerUserId;
    private final Set<UUID> staff = new HashSet<>();

    EventDoor() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenEventDoor command) {
        if (doorId == null) {
            apply(new EventDoorOpened(command.eventId(), command.organizerUserId()));
        }
    }

    @CommandHandler
    void handle(GrantDoorStaff command) {
        if (!command.byAdmin() && !organizerUserId.equals(command.requestedBy())) {
            throw Refusals.notPermitted(
                    TicketErrors.NOT_EVENT_OWNER, "Only the event's organizer names its door staff.");
        }
        if (!staff.contains(command.userId())) {
            apply(new DoorStaffGranted(eventId, command.userId(), command.requestedBy()));
        }
    }

    /** The organizer, door staff and admins let people in; nobody else. */
    void admitsScansBy(UUID userId, boolean admin) {
        if (!admin && !organizerUserId.equals(userId) && !staff.contains(userId)) {
            throw Refusals.notPermitted(
                    TicketErrors.NOT_DOOR_STAFF,
                    "Only the event's organizer or its door staff check tickets in for event " + eventId + ".");
        }
    }

    @EventSourcingHandler
    void on(EventDoorOpened event) {
        doorId = EventDoorId.of(event.eventId());
        eventId = event.eventId();
        organizerUserId = event.organizerUserId();
    }

    @EventSourcingHandler
    void on(DoorStaffGranted event) {
        staff.add(event.userId());
    }
}
