package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.CancelOrder;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.CheckIn;
import com.ticketorleaveit.tickets.api.CheckInTicket;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.PlaceOrder;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.SignedTicket;
import com.ticketorleaveit.tickets.api.TicketCheckedIn;
import com.ticketorleaveit.tickets.api.TicketErrors;
import com.ticketorleaveit.tickets.api.TicketsSigned;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's order for seats of one tier. Its id comes from the customer's idempotency key, so placing it again
 * addresses the same order. The order decides its own life cycle, and each step that changes it tells the
 * {@link BoxOffice} what that means for the tier's seats ({@link SeatChange}): the two change in one transaction, so
 * an order's seats are held exactly while it is reserved and sold exactly when it is confirmed.
 *
 * <p>The order is where the purchase's races are decided: paid (confirmed) or ended (expired, payment failed),
 * whichever step comes first; a later step changes nothing and the caller reads the status it gets back. Every step
 * is therefore also a no-op when repeated.
 *
 * <pre>
 * (new) → PENDING → RESERVED → CONFIRMED      (placed and reserved in one step)
 *                 → REJECTED                  (no seats: sold out, over the limit, sales not open)
 *         RESERVED → PAYMENT_FAILED or EXPIRED (seats released)
 *        CONFIRMED → CANCELLED → REFUNDED     (seats back on sale, then the money back)
 *          EXPIRED → CONFIRMED                (paid late: seats taken again while the tier has them)
 *          EXPIRED → CANCELLED → REFUNDED     (paid late, no seats left: the money back)
 * </pre>
 *
 * <p>A confirmed order's tickets are signed for the door ({@link TicketsSigned}) and checked in one scan each
 * ({@link #checkIn}); a cancelled or refunded order's tickets are void.
 */
@Aggregate(
        cache = TicketsCommandConfiguration.AGGREGATE_CACHE,
        lockFactory = TicketsCommandConfiguration.AGGREGATE_LOCKS)
class Order {

    @AggregateIdentifier
    private OrderId orderId;

    private UUID customerId;
    private String customerEmail;
    private UUID eventId;
    private UUID tierId;
    private int quantity;
    private String paymentMethod;
    private OrderStatus status;
    private long amountMinor;
    private String currency;
    private CancellationReason cancellationReason;
    private List<String> ticketCodes = List.of();
    private boolean ticketsSigned;
    /** When each ticket was checked in: its first scan. */
    private final Map<String, Instant> checkedIn = new HashMap<>();

    /** For the repository: an order that does not exist yet. */
    Order() {}

    boolean isPlaced() {
        return status != null;
    }

    OrderStatus status() {
        return status;
    }

    UUID tierId() {
        return tierId;
    }

    /** The codes of a confirmed order's tickets still to be signed for the door; none once they are. */
    List<String> ticketsToSign() {
        return status == OrderStatus.CONFIRMED && !ticketsSigned ? ticketCodes : List.of();
    }

    UUID eventId() {
        return eventId;
    }

    String customerEmail() {
        return customerEmail;
    }

    /** The tickets' signed payloads, made by the box office with the event's key (signing is I/O). */
    void sign(List<SignedTicket> tickets) {
        apply(new TicketsSigned(
                orderId, customerId, customerEmail, eventId, tierId, amountMinor, currency, List.copyOf(tickets)));
    }

    /**
     * A ticket scanned at a door: the first scan of a valid ticket of the door's event checks it in; a later scan is
     * answered with the time of the first. A ticket of another event is refused as such, before saying whether it is
     * void: it admits nobody here in any case.
     */
    CheckIn checkIn(CheckInTicket command) {
        if (!ticketCodes.contains(command.code())) {
            throw Door.noTicket(command);
        }
        if (!eventId.equals(command.doorEventId())) {
            throw Refusals.ruleViolation(
                    TicketErrors.TICKET_OF_ANOTHER_EVENT,
                    "Ticket " + command.code() + " is for event " + eventId + ", not " + command.doorEventId() + ".");
        }
        if (status == OrderStatus.CANCELLED || status == OrderStatus.REFUNDED) {
            throw Refusals.conflict(
                    TicketErrors.TICKET_VOID, "Ticket " + command.code() + " is void: its order was " + status + ".");
        }
        Instant first = checkedIn.get(command.code());
        if (first != null) {
            return new CheckIn(command.code(), orderId, eventId, tierId, first, false);
        }
        apply(new TicketCheckedIn(orderId, eventId, tierId, command.code(), command.scannedAt(), command.scannedBy()));
        return new CheckIn(command.code(), orderId, eventId, tierId, command.scannedAt(), true);
    }

    /** Places a new order; its seats are decided next ({@link #reserve} or {@link #reject}). */
    void place(PlaceOrder command) {
        apply(new OrderPlaced(
                command.orderId(),
                command.customerId(),
                command.customerEmail(),
                command.eventId(),
                command.tierId(),
                command.quantity(),
                command.paymentMethod(),
                command.idempotencyKey()));
    }

    /** The same request again gets the same answer; other content under the same key is refused. */
    OrderStatus placeAgain(PlaceOrder command) {
        if (!isSameOrderAs(command)) {
            throw Refusals.conflict(
                    TicketErrors.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different order.");
        }
        return status;
    }

    /** The tier holds the seats: payment is due. */
    void reserve(long unitPriceMinor, String unitCurrency) {
        apply(new OrderReserved(
                orderId,
                Math.multiplyExact(unitPriceMinor, quantity),
                unitCurrency,
                customerId,
                tierId,
                quantity,
                paymentMethod));
    }

    void reject(RejectionReason reason) {
        apply(new OrderRejected(orderId, customerId, customerEmail, reason));
    }

    /**
     * Payment approved: a reserved order is confirmed with these ticket codes and its held seats are sold. A payment
     * that arrives after the hold ran out (the order {@link OrderStatus#EXPIRED}) takes seats again if the tier still
     * has enough ({@code seatsLeft}); otherwise the order is cancelled, so that its payment is refunded. An order whose
     * event was cancelled ({@code eventCancelled}) is cancelled too, and its held seats released. A paid order without
     * tickets therefore never lasts.
     */
    SeatChange confirm(List<String> ticketCodes, int seatsLeft, boolean eventCancelled) {
        boolean late = status == OrderStatus.EXPIRED;
        if (status != OrderStatus.RESERVED && !late) {
            return SeatChange.NONE;
        }
        if (ticketCodes == null
                || ticketCodes.size() != quantity
                || ticketCodes.stream().anyMatch(code -> code == null || code.isBlank())
                || new HashSet<>(ticketCodes).size() != ticketCodes.size()) {
            throw Refusals.invalid(
                    TicketErrors.INVALID_TICKET_CODES,
                    "An order of " + quantity + " tickets needs " + quantity + " distinct ticket codes.");
        }
        if (eventCancelled) {
            applyCancelled(null, CancellationReason.EVENT_CANCELLED);
            return late ? SeatChange.NONE : SeatChange.release(quantity);
        }
        if (late && seatsLeft < quantity) {
            applyCancelled(null, CancellationReason.LATE_PAYMENT);
            return SeatChange.NONE;
        }
        apply(new OrderConfirmed(
                orderId,
                customerId,
                customerEmail,
                eventId,
                tierId,
                quantity,
                amountMinor,
                currency,
                List.copyOf(ticketCodes)));
        return late ? SeatChange.sellUnheld(quantity) : SeatChange.sell(quantity);
    }

    /** Payment declined or failed: a reserved order ends and its seats are released. */
    SeatChange failPayment(String reason) {
        if (status != OrderStatus.RESERVED) {
            return SeatChange.NONE;
        }
        apply(new OrderPaymentFailed(orderId, customerId, customerEmail, reason));
        return SeatChange.release(quantity);
    }

    /** The hold ran out unpaid: a reserved order ends and its seats are released. */
    SeatChange expire() {
        if (status != OrderStatus.RESERVED) {
            return SeatChange.NONE;
        }
        apply(new OrderExpired(orderId, customerId, customerEmail));
        return SeatChange.release(quantity);
    }

    /**
     * The buyer (or an admin) cancels a confirmed order until {@code cancellableUntil} (none: the event's start is not
     * known, so no cut-off applies): its tickets are void and its sold seats go back on sale. Someone else's order is
     * answered as unknown, as everywhere; a cancelled or refunded order is already cancelled.
     */
    SeatChange cancel(CancelOrder command, Optional<Instant> cancellableUntil) {
        if (!command.byAdmin() && !customerId.equals(command.requestedBy())) {
            throw Refusals.notFound(TicketErrors.ORDER_NOT_FOUND, "No order " + orderId + ".");
        }
        if (status == OrderStatus.CANCELLED || status == OrderStatus.REFUNDED) {
            return SeatChange.NONE;
        }
        if (status != OrderStatus.CONFIRMED) {
            throw Refusals.conflict(
                    TicketErrors.ORDER_NOT_CANCELLABLE,
                    "Order " + orderId + " is " + status + "; only a confirmed order can be cancelled.");
        }
        if (cancellableUntil.isPresent() && command.requestedAt().isAfter(cancellableUntil.get())) {
            throw Refusals.conflict(
                    TicketErrors.CANCELLATION_CLOSED,
                    "Orders for this event could be cancelled until " + cancellableUntil.get() + ".");
        }
        applyCancelled(command.requestedBy(), CancellationReason.CUSTOMER_REQUEST);
        return SeatChange.returnSold(quantity);
    }

    /**
     * The order's event is cancelled: a confirmed order is cancelled (its tickets void, its seats back with the closed
     * tier) and its payment refunded. Any other order is left as it is: one still being paid for is cancelled when its
     * payment comes ({@link #confirm}), or ends unpaid.
     */
    SeatChange cancelForEvent() {
        if (status != OrderStatus.CONFIRMED) {
            return SeatChange.NONE;
        }
        applyCancelled(null, CancellationReason.EVENT_CANCELLED);
        return SeatChange.returnSold(quantity);
    }

    private void applyCancelled(UUID cancelledBy, CancellationReason reason) {
        apply(new OrderCancelled(
                orderId,
                customerId,
                customerEmail,
                eventId,
                tierId,
                quantity,
                amountMinor,
                currency,
                cancelledBy,
                reason));
    }

    /** A cancelled order's money is back with its buyer. */
    SeatChange recordRefund(long refundedMinor, String refundedCurrency) {
        if (status != OrderStatus.CANCELLED) {
            return SeatChange.NONE;
        }
        apply(new OrderRefunded(
                orderId, customerId, customerEmail, eventId, refundedMinor, refundedCurrency, cancellationReason));
        return SeatChange.NONE;
    }

    private boolean isSameOrderAs(PlaceOrder command) {
        return Objects.equals(customerId, command.customerId())
                && Objects.equals(eventId, command.eventId())
                && Objects.equals(tierId, command.tierId())
                && quantity == command.quantity()
                && Objects.equals(paymentMethod, command.paymentMethod());
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        customerId = event.customerId();
        customerEmail = event.customerEmail();
        eventId = event.eventId();
        tierId = event.tierId();
        quantity = event.quantity();
        paymentMethod = event.paymentMethod();
        status = OrderStatus.PENDING;
    }

    @EventSourcingHandler
    void on(OrderReserved event) {
        amountMinor = event.amountMinor();
        currency = event.currency();
        status = OrderStatus.RESERVED;
    }

    @EventSourcingHandler
    void on(OrderRejected event) {
        status = OrderStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(OrderConfirmed event) {
        status = OrderStatus.CONFIRMED;
        ticketCodes = List.copyOf(event.ticketCodes());
    }

    @EventSourcingHandler
    void on(TicketsSigned event) {
        ticketsSigned = true;
    }

    @EventSourcingHandler
    void on(TicketCheckedIn event) {
        checkedIn.put(event.code(), event.checkedInAt());
    }

    @EventSourcingHandler
    void on(OrderPaymentFailed event) {
        status = OrderStatus.PAYMENT_FAILED;
    }

    @EventSourcingHandler
    void on(OrderExpired event) {
        status = OrderStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        cancellationReason = event.reason();
        status = OrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderRefunded event) {
        status = OrderStatus.REFUNDED;
    }
}
