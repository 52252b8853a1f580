package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.TierScheduled;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The seat inventory of one tier, and the only place capacity is decided. Every hold, release, sale and return of the
 * tier's seats passes through this aggregate, one at a time, so seats are never oversold. It counts seats and remembers no
 * orders: each change comes from the {@link BoxOffice} together with the {@link Order} step that causes it, in one
 * transaction, and the order's own status makes a repeated step change nothing.
 *
 * <p>A hot tier collects many events, so it is snapshotted; the snapshot is this object's fields as JSON, stored with
 * this class's {@link Revision}. Axon's default snapshot filter for an aggregate ({@code RevisionSnapshotFilter}, which
 * the JDBC storage engine applies) skips snapshots of any other revision, so raise the revision whenever the fields
 * change: the tier is then rebuilt from its events.
 */
@Aggregate(
        snapshotTriggerDefinition = TicketsCommandConfiguration.TIER_INVENTORY_SNAPSHOT_TRIGGER,
        cache = TicketsCommandConfiguration.AGGREGATE_CACHE,
        lockFactory = TicketsCommandConfiguration.AGGREGATE_LOCKS)
@Revision("3")
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
    /** When the tier's event starts; null until the events context told (tiers registered before it did). */
    private Instant eventStartsAt;
    /** The event is cancelled: the tier sells nothing more, for good. */
    private boolean cancelled;

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
        if (!onSale && !cancelled) {
            apply(new TierSalesOpened(tierId, eventId));
        }
    }

    @CommandHandler
    void handle(CancelTierSales command) {
        if (!cancelled) {
            apply(new TierSalesCancelled(tierId, eventId));
        }
    }

    @CommandHandler
    void handle(ScheduleTier command) {
        if (!command.eventStartsAt().equals(eventStartsAt)) {
            apply(new TierScheduled(tierId, eventId, command.eventStartsAt()));
        }
    }

    /** Holds seats for a newly placed order, or says why it cannot have them. */
    Optional<RejectionReason> hold(OrderId orderId, int quantity) {
        if (cancelled) {
            return Optional.of(RejectionReason.EVENT_CANCELLED);
        }
        Optional<RejectionReason> refusal = SeatReservationPolicy.refusal(onSale, perOrderLimit, seats, quantity);
        if (refusal.isEmpty()) {
            apply(new SeatsReserved(
                    tierId,
                    eventId,
                    orderId,
                    quantity,
                    priceMinor,
                    currency,
                    seats.hold(quantity).remaining()));
        }
        return refusal;
    }

    Seats seats() {
        return seats;
    }

    boolean onSale() {
        return onSale;
    }

    boolean cancelled() {
        return cancelled;
    }

    int perOrderLimit() {
        return perOrderLimit;
    }

    long priceMinor() {
        return priceMinor;
    }

    String currency() {
        return currency;
    }

    Optional<Instant> eventStartsAt() {
        return Optional.ofNullable(eventStartsAt);
    }

    /** The seats an order held follow its step: back on sale, or sold. */
    void change(OrderId orderId, SeatChange change) {
        switch (change.kind()) {
            case RELEASE ->
                apply(new SeatsReleased(
                        tierId,
                        eventId,
                        orderId,
                        change.quantity(),
                        seats.release(change.quantity()).remaining()));
            case SELL -> apply(new SeatsSold(tierId, eventId, orderId, change.quantity()));
            case SELL_UNHELD -> {
                // the order checked there are seats enough; held and sold at once, as readers know both steps
                apply(new SeatsReserved(
                        tierId,
                        eventId,
                        orderId,
                        change.quantity(),
                        priceMinor,
                        currency,
                        seats.hold(change.quantity()).remaining()));
                apply(new SeatsSold(tierId, eventId, orderId, change.quantity()));
            }
            case RETURN ->
                apply(new SeatsReturned(
                        tierId,
                        eventId,
                        orderId,
                        change.quantity(),
                        seats.returnSold(change.quantity()).remaining()));
            case NONE -> {}
        }
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
    void on(TierSalesCancelled event) {
        onSale = false;
        cancelled = true;
    }

    @EventSourcingHandler
    void on(TierScheduled event) {
        eventStartsAt = event.eventStartsAt();
    }

    @EventSourcingHandler
    void on(SeatsReserved event) {
        seats = seats.hold(event.quantity());
    }

    @EventSourcingHandler
    void on(SeatsReleased event) {
        seats = seats.release(event.quantity());
    }

    @EventSourcingHandler
    void on(SeatsSold event) {
        seats = seats.sell(event.quantity());
    }

    @EventSourcingHandler
    void on(SeatsReturned event) {
        seats = seats.returnSold(event.quantity());
    }
}
