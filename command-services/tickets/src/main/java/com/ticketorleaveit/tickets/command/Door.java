package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.CheckIn;
import com.ticketorleaveit.tickets.api.CheckInTicket;
import com.ticketorleaveit.tickets.api.EventDoorId;
import com.ticketorleaveit.tickets.api.TicketErrors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Checks tickets in: the event's door says whether the scanner may let people in, the ticket's order decides the rest.
 * The command is routed by the order's tier, so the order is the one cached on this node by the {@link BoxOffice}; the
 * order's lock makes two scans of one ticket take turns, and should they ever run on two nodes (the ring just
 * changed), the event store's unique sequence number per aggregate lets only one of them append its check-in. Either
 * way exactly one scan checks the ticket in, and the other learns when.
 */
@Component
class Door {

    private final Repository<EventDoor> doors;
    private final Repository<Order> orders;

    Door(Repository<EventDoor> doors, Repository<Order> orders) {
        this.doors = doors;
        this.orders = orders;
    }

    @CommandHandler
    CheckIn handle(CheckInTicket command) {
        Aggregate<EventDoor> door = door(command);
        door.execute(open -> open.admitsScansBy(command.scannedBy(), command.byAdmin()));
        Aggregate<Order> order;
        try {
            order = orders.load(command.orderId().toString());
        } catch (AggregateNotFoundException e) {
            throw noTicket(command);
        }
        if (!command.tierId().equals(order.invoke(Order::tierId))) {
            throw noTicket(command);
        }
        return order.invoke(placed -> placed.checkIn(command));
    }

    private Aggregate<EventDoor> door(CheckInTicket command) {
        try {
            return doors.load(EventDoorId.of(command.doorEventId()).toString());
        } catch (AggregateNotFoundException e) {
            throw Refusals.notFound(TicketErrors.EVENT_NOT_FOUND, "No event " + command.doorEventId() + ".");
        }
    }

    static RuntimeException noTicket(CheckInTicket command) {
        return Refusals.notFound(TicketErrors.TICKET_NOT_FOUND, "No ticket " + command.code() + ".");
    }
}
