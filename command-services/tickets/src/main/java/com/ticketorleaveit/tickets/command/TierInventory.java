package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.CancelTierSales;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.CloseTierSales;
import com.ticketorleaveit.tickets.api.JoinWaitingList;
import com.ticketorleaveit.tickets.api.OpenTierSales;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.PlaceOrder;
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
import com.ticketorleaveit.tickets.api.WaitingListEnded;
import com.ticketorleaveit.tickets.api.WaitingListJoined;
import com.ticketorleaveit.tickets.api.WaitingListLeft;
import com.ticketorleaveit.tickets.api.WaitingListOfferDeclined;
import com.ticketorleaveit.tickets.api.WaitingListOfferExpired;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import com.ticketorleaveit.tickets.api.WaitingListOfferTaken;
import com.ticketorleaveit.tickets.api.WaitingListPlace;
import com.ticketorleaveit.tickets.api.WaitingListStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * <p>The tier's waiting list lives here too, so that a seat that comes back is either on sale or offered to exactly
 * one customer waiting, in the same step that gave it back: customers join a sold-out tier's list, and every seat given
 * back goes to the first of them ({@link #offerSeats}), held as {@link Seats#offered} until it is bought (then held for
 * the order), declined or expired (then offered to the next, or back on sale). A tier nobody waits for does no more
 * than before.
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
@Revision("5")
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

    /** The customers waiting for a seat, by customer, in the order they joined. */
    private Map<UUID, Entry> waiting = new LinkedHashMap<>();
    /** Every offer made, by offer id; the open ones are the seats {@link Seats#offered}. */
    private Map<UUID, Offer> offers = new HashMap<>();
    /** Entries and offers so far: the next one's number, from which its id is derived. */
    private int entriesJoined;

    private int offersMade;

    /** A customer waiting for one seat. */
    record Entry(UUID entryId, int number, UUID customerId, String customerEmail) {}

    /** A seat held for a customer of the waiting list until {@code expiresAt}, and what became of it. */
    record Offer(UUID offerId, Entry entry, Instant expiresAt, OfferState state) {

        boolean open() {
            return state == OfferState.OPEN;
        }

        Offer ended(OfferState end) {
            return new Offer(offerId, entry, expiresAt, end);
        }
    }

    enum OfferState {
        OPEN,
        TAKEN,
        EXPIRED,
        DECLINED,
        WITHDRAWN
    }

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
            endWaitingList();
        }
    }

    @CommandHandler
    void handle(CloseTierSales command) {
        if (!salesClosed && !cancelled) {
            apply(new TierSalesClosed(tierId, eventId));
            endWaitingList();
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
                    "Tier " + tierId + " has " + seats.taken() + " seats sold, held or offered; its capacity"
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
        if (seats.taken() > 0) {
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
        Optional<RejectionReason> notSelling = notSelling(now());
        if (notSelling.isPresent()) {
            return notSelling;
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

    /** Whether the tier sells at this moment, and if not, why: cancelled, closed, outside its window, not yet open. */
    private Optional<RejectionReason> notSelling(Instant now) {
        if (cancelled) {
            return Optional.of(RejectionReason.EVENT_CANCELLED);
        }
        if (salesClosed) {
            return Optional.of(RejectionReason.SALES_CLOSED);
        }
        if (salesStartAt != null && now.isBefore(salesStartAt)) {
            return Optional.of(RejectionReason.SALES_NOT_OPEN);
        }
        if (salesEndAt != null && !now.isBefore(salesEndAt)) {
            return Optional.of(RejectionReason.SALES_CLOSED);
        }
        if (!onSale) {
            return Optional.of(RejectionReason.SALES_NOT_OPEN);
        }
        return Optional.empty();
    }

    /** The moment a step's events are stamped with: Axon's message clock, which fixtures move in time. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /**
     * A customer joins the waiting list for one seat, while the tier sells and has none for sale; a customer on the
     * list already (waiting, or holding an offer) is answered their place and nothing changes.
     */
    WaitingListPlace join(JoinWaitingList command) {
        Optional<WaitingListPlace> place = placeOf(command.customerId());
        if (place.isPresent()) {
            return place.get();
        }
        Optional<RejectionReason> notSelling = notSelling(now());
        if (notSelling.isPresent()) {
            throw Refusals.conflict(
                    TicketErrors.WAITING_LIST_CLOSED,
                    "Tier " + tierId + " does not sell (" + notSelling.get() + "): there is nothing to wait for.");
        }
        if (seats.remaining() > 0) {
            throw Refusals.conflict(
                    TicketErrors.TIER_NOT_SOLD_OUT,
                    "Tier " + tierId + " has " + seats.remaining() + " seat(s) for sale: order one instead.");
        }
        int number = entriesJoined + 1;
        apply(new WaitingListJoined(
                tierId, eventId, entryId(tierId, number), number, command.customerId(), command.customerEmail()));
        return placeOf(command.customerId()).orElseThrow();
    }

    /** Where the customer stands on the list: waiting (and how many before them), or offered a seat. */
    Optional<WaitingListPlace> placeOf(UUID customerId) {
        int position = 0;
        for (Entry entry : waiting.values()) {
            position++;
            if (entry.customerId().equals(customerId)) {
                return Optional.of(
                        new WaitingListPlace(entry.entryId(), tierId, WaitingListStatus.WAITING, position, null, null));
            }
        }
        return openOfferOf(customerId)
                .map(offer -> new WaitingListPlace(
                        offer.entry().entryId(),
                        tierId,
                        WaitingListStatus.OFFERED,
                        null,
                        offer.offerId(),
                        offer.expiresAt()));
    }

    /** The customer leaves the list; a seat offered to them is declined, free for the next ({@link #offerSeats}). */
    void leave(UUID customerId) {
        Entry entry = waiting.get(customerId);
        if (entry != null) {
            apply(new WaitingListLeft(tierId, eventId, entry.entryId(), customerId));
            return;
        }
        openOfferOf(customerId)
                .ifPresent(offer -> apply(new WaitingListOfferDeclined(
                        tierId,
                        eventId,
                        offer.offerId(),
                        offer.entry().entryId(),
                        customerId,
                        seats.endOffer().remaining())));
    }

    /** An open offer's time ran out: its seat is free for the next ({@link #offerSeats}). */
    void expireOffer(UUID offerId) {
        Offer offer = offers.get(offerId);
        if (offer != null && offer.open()) {
            apply(new WaitingListOfferExpired(
                    tierId,
                    eventId,
                    offerId,
                    offer.entry().entryId(),
                    offer.entry().customerId(),
                    seats.endOffer().remaining()));
        }
    }

    /**
     * Seats on sale go to the customers waiting first, one each, in the order they joined, each held for its customer
     * for {@code offerHold}. The box office calls this after every step that may give seats back; while nobody waits,
     * or the tier does not sell, it does nothing.
     */
    void offerSeats(Duration offerHold) {
        if (waiting.isEmpty() || seats.remaining() == 0) {
            return;
        }
        Instant now = now();
        if (notSelling(now).isPresent()) {
            return;
        }
        while (seats.remaining() > 0 && !waiting.isEmpty()) {
            Entry next = waiting.values().iterator().next();
            apply(new WaitingListOfferMade(
                    tierId,
                    eventId,
                    offerId(tierId, offersMade + 1),
                    next.entryId(),
                    next.customerId(),
                    next.customerEmail(),
                    name,
                    priceMinor,
                    currency,
                    now.plus(offerHold),
                    seats.offer().remaining()));
        }
    }

    /**
     * Refuses an order that may not buy the offer it names: someone else's or an unknown offer, more than its one
     * seat, or an offer that is no longer open or has run out. Called before the order is placed, so a refusal stores
     * nothing.
     */
    void requireOfferFor(PlaceOrder command) {
        Offer offer = offers.get(command.offerId());
        if (offer == null || !offer.entry().customerId().equals(command.customerId())) {
            throw Refusals.notFound(
                    TicketErrors.OFFER_NOT_FOUND,
                    "Tier " + tierId + " has no offer " + command.offerId() + " for you.");
        }
        if (command.quantity() != 1) {
            throw Refusals.invalid(TicketErrors.INVALID_OFFER_QUANTITY, "An offer holds one seat: order 1.");
        }
        switch (offer.state()) {
            case TAKEN ->
                throw Refusals.conflict(
                        TicketErrors.OFFER_USED, "Offer " + offer.offerId() + " was bought by another order.");
            case EXPIRED -> throw expired(offer);
            case DECLINED, WITHDRAWN ->
                throw Refusals.conflict(
                        TicketErrors.OFFER_WITHDRAWN, "Offer " + offer.offerId() + " was " + offer.state() + ".");
            case OPEN -> {
                if (!now().isBefore(offer.expiresAt())) {
                    throw expired(offer);
                }
            }
        }
    }

    private static RuntimeException expired(Offer offer) {
        return Refusals.conflict(
                TicketErrors.OFFER_EXPIRED, "Offer " + offer.offerId() + " ran out at " + offer.expiresAt() + ".");
    }

    /** The offer's seat is held for the order that bought it ({@link #requireOfferFor} said it may). */
    void takeOffer(UUID offerId, OrderId orderId) {
        Offer offer = offers.get(offerId);
        apply(new WaitingListOfferTaken(
                tierId, eventId, offerId, offer.entry().entryId(), offer.entry().customerId(), orderId));
    }

    /** The tier stopped selling: nobody waits any more, and open offers are withdrawn. */
    private void endWaitingList() {
        int open = (int) offers.values().stream().filter(Offer::open).count();
        if (!waiting.isEmpty() || open > 0) {
            apply(new WaitingListEnded(tierId, eventId, seats.remaining() + open));
        }
    }

    private Optional<Offer> openOfferOf(UUID customerId) {
        return offers.values().stream()
                .filter(offer -> offer.open() && offer.entry().customerId().equals(customerId))
                .findFirst();
    }

    /** Entries are numbered per tier, and their ids derived from that: the same on every replay. */
    static UUID entryId(UUID tierId, int number) {
        return derivedId("entry", tierId, number);
    }

    /** Offers are numbered per tier, and their ids derived from that: the same on every replay. */
    static UUID offerId(UUID tierId, int number) {
        return derivedId("offer", tierId, number);
    }

    private static UUID derivedId(String kind, UUID tierId, int number) {
        return UUID.nameUUIDFromBytes(
                ("waiting-list-" + kind + ":" + tierId + ":" + number).getBytes(StandardCharsets.UTF_8));
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

    @EventSourcingHandler
    void on(WaitingListJoined event) {
        waiting.put(
                event.customerId(),
                new Entry(event.entryId(), event.number(), event.customerId(), event.customerEmail()));
        entriesJoined = event.number();
    }

    @EventSourcingHandler
    void on(WaitingListLeft event) {
        waiting.remove(event.customerId());
    }

    @EventSourcingHandler
    void on(WaitingListOfferMade event) {
        Entry entry = waiting.remove(event.customerId());
        offers.put(event.offerId(), new Offer(event.offerId(), entry, event.expiresAt(), OfferState.OPEN));
        offersMade++;
        seats = seats.offer();
    }

    @EventSourcingHandler
    void on(WaitingListOfferTaken event) {
        offers.computeIfPresent(event.offerId(), (id, offer) -> offer.ended(OfferState.TAKEN));
        seats = seats.takeOffer();
    }

    @EventSourcingHandler
    void on(WaitingListOfferExpired event) {
        offers.computeIfPresent(event.offerId(), (id, offer) -> offer.ended(OfferState.EXPIRED));
        seats = seats.endOffer();
    }

    @EventSourcingHandler
    void on(WaitingListOfferDeclined event) {
        offers.computeIfPresent(event.offerId(), (id, offer) -> offer.ended(OfferState.DECLINED));
        seats = seats.endOffer();
    }

    @EventSourcingHandler
    void on(WaitingListEnded event) {
        waiting.clear();
        offers.replaceAll((id, offer) -> offer.open() ? offer.ended(OfferState.WITHDRAWN) : offer);
        seats = new Seats(seats.capacity(), seats.held(), seats.sold(), 0);
    }
}
