package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.ReleaseSeats;
import com.ticketorleaveit.tickets.api.ReserveSeats;
import com.ticketorleaveit.tickets.api.SeatReservationRejected;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.SellSeats;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The seat inventory of one tier, and the only place capacity is decided. Every reservation of the tier passes
 * through this aggregate, one at a time, so seats are never oversold. A hot tier collects many events, so it is
 * snapshotted; the snapshot is this object's fields as JSON, stored with this class's {@link Revision}. Axon's
 * default snapshot filter for an aggregate ({@code RevisionSnapshotFilter}, which the JDBC storage engine applies)
 * skips snapshots of any other revision, so raise the revision whenever the fields change: the tier is then rebuilt
 * from its events.
 */
@Aggregate(snapshotTriggerDefinition = TicketsCommandConfiguration.TIER_INVENTORY_SNAPSHOT_TRIGGER)
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE)
class TierInventory {

    @AggregateIdentifier
    private UUID tierId;

    private UUID eventId;
    private long priceMinor;
    private String currency;
    private int perOrderLimit;
    private boolean onSale;
    private Seats seats;
    /** Seats held per order, by order id. */
    private Map<UUID, Integer> held = new HashMap<>();
    /** Orders whose seats are sold. */
    private Set<UUID> sold = new HashSet<>();
    /** Orders already refused: a repeated request gets no second answer. */
    private Set<UUID> rejected = new HashSet<>();
    /** Orders whose seats were given back: a late or repeated request does not hold them again. */
    private Set<UUID> released = new HashSet<>();

    TierInventory() {}

    /** Registration goes through {@link TierRegistration}, which also records the tier in the lookup table. */
    TierInventory(RegisterTier command) {
        apply(new TierRegistered(
                command.tierId(),
                command.eventId(),
                command.name(),
                command.priceMinor(),
                command.currency(),
                command.capacity(),
                command.perOrderLimit()));
    }

    @CommandHandler
    void handle(OpenTierSales command) {
        if (!onSale) {
            apply(new TierSalesOpened(tierId, eventId));
        }
    }

    @CommandHandler
    void handle(ReserveSeats command) {
        UUID order = command.orderId().value();
        if (held.containsKey(order) || sold.contains(order) || rejected.contains(order) || released.contains(order)) {
            return;
        }
        SeatReservationPolicy.refusal(onSale, perOrderLimit, seats, command.quantity())
                .ifPresentOrElse(
                        reason -> apply(new SeatReservationRejected(
                                tierId, eventId, command.orderId(), command.quantity(), reason)),
                        () -> apply(new SeatsReserved(
                                tierId,
                                eventId,
                                command.orderId(),
                                command.quantity(),
                                priceMinor,
                                currency,
                                seats.hold(command.quantity()).remaining())));
    }

    @CommandHandler
    void handle(ReleaseSeats command) {
        Integer quantity = held.get(command.orderId().value());
        if (quantity != null) {
            apply(new SeatsReleased(
                    tierId,
                    eventId,
                    command.orderId(),
                    quantity,
                    seats.release(quantity).remaining()));
        }
    }

    /** Selling seats the order does not hold would oversell: the caller has lost track of the order. */
    @CommandHandler
    void handle(SellSeats command) {
        UUID order = command.orderId().value();
        if (sold.contains(order)) {
            return;
        }
        Integer quantity = held.get(order);
        if (quantity == null) {
            throw Refusals.conflict(
                    TicketErrors.SEATS_NOT_HELD, "Order " + order + " holds no seats of tier " + tierId + " to sell.");
        }
        apply(new SeatsSold(tierId, eventId, command.orderId(), quantity));
    }

    @EventSourcingHandler
    void on(TierRegistered event) {
        tierId = event.tierId();
        eventId = event.eventId();
        priceMinor = event.priceMinor();
        currency = event.currency();
        perOrderLimit = event.perOrderLimit();
        seats = Seats.of(event.capacity());
    }

    @EventSourcingHandler
    void on(TierSalesOpened event) {
        onSale = true;
    }

    @EventSourcingHandler
    void on(SeatsReserved event) {
        held.put(event.orderId().value(), event.quantity());
        seats = seats.hold(event.quantity());
    }

    @EventSourcingHandler
    void on(SeatReservationRejected event) {
        rejected.add(event.orderId().value());
    }

    @EventSourcingHandler
    void on(SeatsReleased event) {
        held.remove(event.orderId().value());
        released.add(event.orderId().value());
        seats = seats.release(event.quantity());
    }

    @EventSourcingHandler
    void on(SeatsSold event) {
        held.remove(event.orderId().value());
        sold.add(event.orderId().value());
        seats = seats.sell(event.quantity());
    }
}
