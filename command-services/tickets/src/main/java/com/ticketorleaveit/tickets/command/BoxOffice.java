package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.CancelOrder;
import com.ticketorleaveit.tickets.api.CancelTierOrders;
import com.ticketorleaveit.tickets.api.ChangeTierCapacity;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.ExpireWaitingListOffer;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.JoinWaitingList;
import com.ticketorleaveit.tickets.api.LeaveWaitingList;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.PlaceOrder;
import com.ticketorleaveit.tickets.api.RecordOrderRefund;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.SignedTicket;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TierOrdersCancelled;
import com.ticketorleaveit.tickets.api.WaitingListPlace;
import com.ticketorleaveit.tickets.command.checkin.TicketPayload;
import com.ticketorleaveit.tickets.command.checkin.TicketSigner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Handles every order command together with the seats of the order's tier, in one unit of work and one transaction:
 * placing an order holds its seats (or rejects it), confirming sells them, failing or expiring releases them,
 * cancelling puts the sold seats back on sale (for an event's cancellation, page by page of the tier's confirmed orders).
 * So
 * there is no moment, and no crash, at which an order and its seats disagree, and the purchase process never has to
 * move seats itself.
 *
 * <p>The tier's waiting list is kept at the same counter: after every step that may give seats back, the tier offers
 * them to the customers waiting first ({@link TierInventory#offerSeats}), in the same transaction; an order placed with
 * an offer takes the offered seat instead of one on sale.
 *
 * <p>Once a tier is sold out, further orders for it are rejected without queueing for it ({@link SoldOutTiers}). While
 * this node has as many purchases under way as it admits ({@link PurchaseAdmission}), a new order is refused as busy
 * before anything is stored; an order already placed is answered as always.
 *
 * <p>The commands are routed by tier, so one node handles all orders of a tier while its aggregates stay cached there.
 * Aggregates are always locked tier first, then order, so two commands never wait for each other's locks; and the
 * tier's lock is taken before the transaction's first statement, so the commands queueing for a hot tier hold no
 * database connection while they wait (see {@code LazyConnectionsConfiguration}).
 */
@Component
class BoxOffice {

    private final Repository<Order> orders;
    private final Repository<TierInventory> inventories;
    private final SoldOutTiers soldOutTiers;
    private final PurchaseAdmission admission;
    private final TierOrders tierOrders;
    private final IssuedTickets issuedTickets;
    private final TicketSigner signer;
    private final Duration cancellationCutoff;
    private final Duration offerHold;

    BoxOffice(
            Repository<Order> orders,
            Repository<TierInventory> inventories,
            SoldOutTiers soldOutTiers,
            PurchaseAdmission admission,
            TierOrders tierOrders,
            IssuedTickets issuedTickets,
            TicketSigner signer,
            TicketsCommandProperties properties) {
        this.orders = orders;
        this.inventories = inventories;
        this.soldOutTiers = soldOutTiers;
        this.admission = admission;
        this.tierOrders = tierOrders;
        this.issuedTickets = issuedTickets;
        this.signer = signer;
        this.cancellationCutoff = properties.cancellationCutoff();
        this.offerHold = properties.waitingList().offerHold();
    }

    @CommandHandler
    OrderStatus handle(PlaceOrder command) throws Exception {
        Optional<RejectionReason> soldOut = command.offerId() == null
                ? soldOutTiers.soldOut(command.tierId(), command.quantity())
                : Optional.empty();
        if (soldOut.isPresent()) {
            return placeWithoutTheTier(command, soldOut.get());
        }
        if (!admission.hasRoom()) {
            return answerWhenBusy(command);
        }
        Aggregate<TierInventory> tier = inventory(command.tierId());
        Aggregate<Order> order = orders.loadOrCreate(command.orderId().toString(), Order::new);
        if (order.invoke(Order::isPlaced)) {
            return order.invoke(placed -> placed.placeAgain(command));
        }
        if (command.offerId() != null) {
            tier.execute(inventory -> inventory.requireOfferFor(command));
        }
        admit(command.orderId());
        order.execute(placing -> placing.place(command));
        Optional<RejectionReason> refusal = tier.invoke(inventory -> hold(inventory, command));
        remember(command.tierId(), tier);
        if (refusal.isPresent()) {
            order.execute(placed -> placed.reject(refusal.get()));
            admission.ended(command.orderId());
        } else {
            long unitPriceMinor = tier.invoke(TierInventory::priceMinor);
            String currency = tier.invoke(TierInventory::currency);
            order.execute(placed -> placed.reserve(unitPriceMinor, currency));
        }
        return order.invoke(Order::status);
    }

    /** The seats on sale, or the one seat an offer holds for the customer. */
    private static Optional<RejectionReason> hold(TierInventory inventory, PlaceOrder command) {
        if (command.offerId() == null) {
            return inventory.hold(command.orderId(), command.quantity());
        }
        inventory.takeOffer(command.offerId(), command.orderId());
        return Optional.empty();
    }

    @CommandHandler
    OrderStatus handle(ConfirmOrder command) {
        OrderStatus status = step(
                command.tierId(),
                command.orderId(),
                (order, tier) -> order.confirm(
                        command.ticketCodes(),
                        tier.invoke(inventory -> inventory.seats().remaining()),
                        tier.invoke(TierInventory::cancelled)));
        if (status == OrderStatus.CONFIRMED) {
            tierOrders.confirmed(command.tierId(), command.orderId().value());
            signTickets(command);
        }
        return status;
    }

    /**
     * Newly issued tickets are signed for the door and their codes recorded for check-in, in the confirmation's
     * transaction; a confirmation repeated finds them signed and does neither again.
     */
    private void signTickets(ConfirmOrder command) {
        Aggregate<Order> order = load(command.orderId());
        List<String> codes = order.invoke(Order::ticketsToSign);
        if (codes.isEmpty()) {
            return;
        }
        UUID eventId = order.invoke(Order::eventId);
        String holder = command.holderName() == null || command.holderName().isBlank()
                ? order.invoke(Order::customerEmail)
                : command.holderName();
        List<SignedTicket> signed = codes.stream()
                .map(code ->
                        new SignedTicket(code, signer.sign(new TicketPayload(code, eventId, command.tierId(), holder))))
                .toList();
        order.execute(confirmed -> confirmed.sign(signed));
        issuedTickets.issued(command.orderId(), command.tierId(), eventId, codes);
    }

    /**
     * A page of a cancelled event's mass refund: the tier's confirmed orders after {@code after} are cancelled, in one
     * transaction. An order cancelled before (by its buyer, or by this page done once already) is left as it is.
     */
    @CommandHandler
    TierOrdersCancelled handle(CancelTierOrders command) {
        if (command.limit() < 1 || command.limit() > 1_000) {
            throw Refusals.invalid(TicketErrors.INVALID_PAGE, "A page holds 1 to 1000 orders.");
        }
        Aggregate<TierInventory> tier = inventory(command.tierId());
        if (!tier.invoke(TierInventory::cancelled)) {
            throw Refusals.conflict(
                    TicketErrors.TIER_NOT_CANCELLED,
                    "Tier " + command.tierId() + " is not cancelled; its orders are cancelled one by one.");
        }
        List<UUID> page = tierOrders.page(command.tierId(), command.after(), command.limit());
        int cancelled = 0;
        for (UUID id : page) {
            OrderId orderId = new OrderId(id);
            SeatChange change = load(orderId).invoke(Order::cancelForEvent);
            if (change.kind() != SeatChange.Kind.NONE) {
                tier.execute(inventory -> inventory.change(orderId, change));
                cancelled++;
            }
        }
        remember(command.tierId(), tier);
        return new TierOrdersCancelled(
                cancelled, page.isEmpty() ? null : page.get(page.size() - 1), page.size() == command.limit());
    }

    /**
     * A tier's capacity changes here, under the same lock as its reservations, so that a shrink is decided against
     * every seat held or sold before it; and this node's view of the tier is refreshed at once, so seats added to a
     * sold-out tier are sold at once.
     */
    @CommandHandler
    void handle(ChangeTierCapacity command) {
        Aggregate<TierInventory> tier = inventory(command.tierId());
        tier.execute(inventory -> inventory.resize(command));
        offerSeats(tier);
        remember(command.tierId(), tier);
    }

    /** A customer joins a sold-out tier's waiting list, or is answered the place they have. */
    @CommandHandler
    WaitingListPlace handle(JoinWaitingList command) {
        return inventory(command.tierId()).invoke(inventory -> inventory.join(command));
    }

    /** A customer leaves a tier's waiting list; a seat offered to them goes to the next at once. */
    @CommandHandler
    void handle(LeaveWaitingList command) {
        Aggregate<TierInventory> tier = inventory(command.tierId());
        tier.execute(inventory -> inventory.leave(command.customerId()));
        offerSeats(tier);
        remember(command.tierId(), tier);
    }

    /** An offer ran out (its persistent deadline fell due): its seat goes to the next, or back on sale. */
    @CommandHandler
    void handle(ExpireWaitingListOffer command) {
        Aggregate<TierInventory> tier = inventory(command.tierId());
        tier.execute(inventory -> inventory.expireOffer(command.offerId()));
        offerSeats(tier);
        remember(command.tierId(), tier);
    }

    @CommandHandler
    OrderStatus handle(FailOrderPayment command) {
        return step(command.tierId(), command.orderId(), order -> order.failPayment(command.reason()));
    }

    @CommandHandler
    OrderStatus handle(ExpireOrder command) {
        return step(command.tierId(), command.orderId(), Order::expire);
    }

    /** Cancellations close {@code ticketing.tickets.command.cancellation-cutoff} before the event starts. */
    @CommandHandler
    OrderStatus handle(CancelOrder command) {
        return step(
                command.tierId(),
                command.orderId(),
                (order, tier) -> order.cancel(
                        command,
                        tier.invoke(TierInventory::eventStartsAt).map(startsAt -> startsAt.minus(cancellationCutoff))));
    }

    @CommandHandler
    OrderStatus handle(RecordOrderRefund command) {
        return step(
                command.tierId(),
                command.orderId(),
                order -> order.recordRefund(command.amountMinor(), command.currency()));
    }

    private OrderStatus step(UUID tierId, OrderId orderId, Function<Order, SeatChange> step) {
        return step(tierId, orderId, (order, tier) -> step.apply(order));
    }

    /** One step of an existing order of this tier, and what it means for the tier's seats. */
    private OrderStatus step(
            UUID tierId, OrderId orderId, BiFunction<Order, Aggregate<TierInventory>, SeatChange> step) {
        Aggregate<TierInventory> tier = inventory(tierId);
        Aggregate<Order> order = load(orderId);
        if (!tierId.equals(order.invoke(Order::tierId))) {
            throw Refusals.notFound(TicketErrors.ORDER_NOT_FOUND, "Tier " + tierId + " has no order " + orderId + ".");
        }
        SeatChange change = order.invoke(placed -> step.apply(placed, tier));
        tier.execute(inventory -> inventory.change(orderId, change));
        offerSeats(tier);
        remember(tierId, tier);
        OrderStatus status = order.invoke(Order::status);
        if (status != OrderStatus.RESERVED) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> admission.ended(orderId));
        }
        return status;
    }

    /** Counts a new order in, or refuses it as busy; a placement rolled back stops counting. */
    private void admit(OrderId orderId) {
        if (!admission.admit(orderId)) {
            throw busy(orderId);
        }
        CurrentUnitOfWork.get().onRollback(unitOfWork -> admission.ended(orderId));
    }

    /** No room for another purchase: an order already placed is answered as always, a new one is refused. */
    private OrderStatus answerWhenBusy(PlaceOrder command) throws Exception {
        Aggregate<Order> order = orders.loadOrCreate(command.orderId().toString(), Order::new);
        if (order.invoke(Order::isPlaced)) {
            return order.invoke(placed -> placed.placeAgain(command));
        }
        throw busy(command.orderId());
    }

    private static RuntimeException busy(OrderId orderId) {
        return Refusals.busy(
                TicketErrors.PURCHASES_BUSY,
                "Too many purchases are under way to take order " + orderId + " now; place it again in a moment"
                        + " with the same Idempotency-Key.");
    }

    /** An order for a tier seen sold out a moment ago is rejected without queueing for the tier (see SoldOutTiers). */
    private OrderStatus placeWithoutTheTier(PlaceOrder command, RejectionReason reason) throws Exception {
        Aggregate<Order> order = orders.loadOrCreate(command.orderId().toString(), Order::new);
        if (order.invoke(Order::isPlaced)) {
            return order.invoke(placed -> placed.placeAgain(command));
        }
        order.execute(placing -> placing.place(command));
        order.execute(placed -> placed.reject(reason));
        return order.invoke(Order::status);
    }

    /** Seats given back go to the tier's waiting list first; nothing happens while nobody waits. */
    private void offerSeats(Aggregate<TierInventory> tier) {
        tier.execute(inventory -> inventory.offerSeats(offerHold));
    }

    /** Once the change is committed, this node knows how the tier stands. */
    private void remember(UUID tierId, Aggregate<TierInventory> tier) {
        boolean onSale = tier.invoke(TierInventory::onSale);
        int perOrderLimit = tier.invoke(TierInventory::perOrderLimit);
        int remaining = tier.invoke(inventory -> inventory.seats().remaining());
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> soldOutTiers.saw(tierId, onSale, perOrderLimit, remaining));
    }

    private Aggregate<Order> load(OrderId orderId) {
        try {
            return orders.load(orderId.toString());
        } catch (AggregateNotFoundException e) {
            throw Refusals.notFound(TicketErrors.ORDER_NOT_FOUND, "No order " + orderId + ".");
        }
    }

    private Aggregate<TierInventory> inventory(UUID tierId) {
        try {
            return inventories.load(tierId.toString());
        } catch (AggregateNotFoundException e) {
            throw Refusals.notFound(TicketErrors.TIER_NOT_FOUND, "No tier " + tierId + ".");
        }
    }
}
