package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.RegisterTier;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.ReviseTier;
import com.ticketorleaveit.tickets.api.ScheduleTier;
import com.ticketorleaveit.tickets.api.ScheduleTierSales;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TierCapacityChanged;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierRevised;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesClosed;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.TierSalesWindowScheduled;
import com.ticketorleaveit.tickets.api.TierScheduled;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
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
@Revision("4")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE,
        setterVisibility = Visibility.NONE)
class TierInventory {

    @AggregateIdentifier
    private UUID tierId;

    private UUID eventId;
    /** Kept to tell a revision that changes nothing from one that does. */
    private String name;

    private long priceMinor;
    private String currency;
    private int perOrderLimit;
    private boolean onSale;
    private Seats seats;
    /** When the tier's event starts; null until the events context told (tiers registered before it did). */
    private Instant eventStartsAt;
    /** The event is cancelled: the tier sells nothing more, for good. */
    private boolean cancelled;
    /** The event's sales closed (by its organizer, or at its start): the tier sells nothing more, for good. */
    private boolean salesClosed;
    /** The tier sells from then on; null: as soon as it is on sale. */
    private Instant salesStartAt;
    /** The tier sells until then; null: until its sales close. */
    private Instant salesEndAt;

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
        if (!onSale && !cancelled && !salesClosed) {
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
    void handle(CloseTierSales command) {
        if (!salesClosed && !cancelled) {
            apply(new TierSalesClosed(tierId, eventId));
        }
    }

    /**
     * Grows or shrinks the tier, never below the seats sold and held. Called by the {@link BoxOffice} with the tier's
     * lock held, as for every hold, so a shrink sees every seat taken before it and none can be taken in between.
     */
    void resize(ChangeTierCapacity command) {
        if (command.capacity() < 1) {
            throw Refusals.invalid(TicketErrors.INVALID_CAPACITY, "A tier has at least one seat.");
        }
        if (command.capacity() == seats.capacity()) {
            return;
        }
        if (!seats.canResizeTo(command.capacity())) {
            throw Refusals.conflict(
                    TicketErrors.CAPACITY_BELOW_TAKEN,
                    "Tier " + tierId + " has " + (seats.held() + seats.sold()) + " seats sold or held; its capacity"
                            + " cannot shrink to " + command.capacity() + ".");
        }
        apply(new TierCapacityChanged(
                tierId,
                eventId,
                command.capacity(),
                seats.resize(command.capacity()).remaining()));
    }

    /** A draft's tier changes its terms; once a seat was taken (never, for a draft) they are what buyers paid for. */
    @CommandHandler
    void handle(ReviseTier command) {
        if (seats.held() + seats.sold() > 0) {
            throw Refusals.conflict(
                    TicketErrors.TIER_SEATS_TAKEN, "Tier " + tierId + " has seats taken; its terms stay as they are.");
        }
        if (command.capacity() < 1) {
            throw Refusals.invalid(TicketErrors.INVALID_CAPACITY, "A tier has at least one seat.");
        }
        boolean same = command.priceMinor() == priceMinor
                && command.currency().equals(currency)
                && command.perOrderLimit() == perOrderLimit
                && command.capacity() == seats.capacity()
                && command.name().equals(name);
        if (!same) {
            apply(new TierRevised(
                    tierId,
                    eventId,
                    command.name(),
                    command.priceMinor(),
                    command.currency(),
                    command.capacity(),
                    command.perOrderLimit(),
                    command.capacity()));
        }
    }

    @CommandHandler
    void handle(ScheduleTierSales command) {
        if (!Objects.equals(command.salesStartAt(), salesStartAt)
                || !Objects.equals(command.salesEndAt(), salesEndAt)) {
            apply(new TierSalesWindowScheduled(tierId, eventId, command.salesStartAt(), command.salesEndAt()));
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
        if (salesClosed) {
            return Optional.of(RejectionReason.SALES_CLOSED);
        }
        // the moment the hold's event is stamped with: Axon's message clock, which fixtures move in time
        Instant now = GenericEventMessage.clock.instant();
        if (salesStartAt != null && now.isBefore(salesStartAt)) {
            return Optional.of(RejectionReason.SALES_NOT_OPEN);
        }
        if (salesEndAt != null && !now.isBefore(salesEndAt)) {
            return Optional.of(RejectionReason.SALES_CLOSED);
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
        name = event.name();
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
    void on(TierSalesClosed event) {
        onSale = false;
        salesClosed = true;
    }

    @EventSourcingHandler
    void on(TierCapacityChanged event) {
        seats = seats.resize(event.capacity());
    }

    @EventSourcingHandler
    void on(TierRevised event) {
        name = event.name();
        priceMinor = event.priceMinor();
        currency = event.currency();
        perOrderLimit = event.perOrderLimit();
        seats = seats.resize(event.capacity());
    }

    @EventSourcingHandler
    void on(TierSalesWindowScheduled event) {
        salesStartAt = event.salesStartAt();
        salesEndAt = event.salesEndAt();
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
