package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.MarkOrderPaid;
import com.ticketorleaveit.tickets.api.MarkOrderReserved;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaid;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.PlaceOrder;
import com.ticketorleaveit.tickets.api.RejectOrder;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's order for seats of one tier, from PENDING to a terminal status. Its id comes from the customer's
 * idempotency key, so placing it again addresses the same order. The order is where the purchase's races are
 * decided: it is either paid or ended (expired, payment failed), whichever command arrives first, and every handler
 * answers the resulting status so the purchase process knows whether its step won. Every step is a no-op once it
 * happened, because the purchase process redelivers its commands.
 *
 * <pre>
 * PENDING  → RESERVED → PAID → CONFIRMED
 * PENDING  → REJECTED, PAYMENT_FAILED or EXPIRED
 * RESERVED → PAYMENT_FAILED or EXPIRED
 * </pre>
 */
@Aggregate
class Order {

    @AggregateIdentifier
    private OrderId orderId;

    private UUID customerId;
    private String customerEmail;
    private UUID eventId;
    private UUID tierId;
    private int quantity;
    private String paymentToken;
    private OrderStatus status;
    private long amountMinor;
    private String currency;

    Order() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    OrderStatus handle(PlaceOrder command) {
        if (status != null) {
            if (isSameOrderAs(command)) {
                return status;
            }
            throw Refusals.conflict(
                    TicketErrors.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different order.");
        }
        apply(new OrderPlaced(
                command.orderId(),
                command.customerId(),
                command.customerEmail(),
                command.eventId(),
                command.tierId(),
                command.quantity(),
                command.paymentToken(),
                command.idempotencyKey()));
        return status;
    }

    @CommandHandler
    OrderStatus handle(MarkOrderReserved command) {
        if (status == OrderStatus.PENDING) {
            apply(new OrderReserved(orderId, command.amountMinor(), command.currency()));
        }
        return status;
    }

    /** Only a pending order is rejected: an order that holds seats is never rejected for lack of them. */
    @CommandHandler
    OrderStatus handle(RejectOrder command) {
        if (status == OrderStatus.PENDING) {
            apply(new OrderRejected(orderId, customerId, customerEmail, command.reason()));
        }
        return status;
    }

    @CommandHandler
    OrderStatus handle(MarkOrderPaid command) {
        switch (status) {
            case RESERVED -> apply(new OrderPaid(orderId));
            case PAID, CONFIRMED -> {}
            case PENDING ->
                throw Refusals.conflict(
                        TicketErrors.ORDER_NOT_RESERVED, "Order " + orderId + " has no seats reserved to pay for.");
            default -> throw ended("paid");
        }
        return status;
    }

    @CommandHandler
    OrderStatus handle(ConfirmOrder command) {
        switch (status) {
            case PAID -> confirm(command.ticketCodes());
            case CONFIRMED -> {}
            case PENDING, RESERVED ->
                throw Refusals.conflict(TicketErrors.ORDER_NOT_PAID, "Order " + orderId + " is not paid.");
            default -> throw ended("confirmed");
        }
        return status;
    }

    @CommandHandler
    OrderStatus handle(FailOrderPayment command) {
        if (status == OrderStatus.PENDING || status == OrderStatus.RESERVED) {
            apply(new OrderPaymentFailed(orderId, customerId, customerEmail, command.reason()));
        }
        return status;
    }

    @CommandHandler
    OrderStatus handle(ExpireOrder command) {
        if (status == OrderStatus.PENDING || status == OrderStatus.RESERVED) {
            apply(new OrderExpired(orderId, customerId, customerEmail));
        }
        return status;
    }

    private void confirm(List<String> codes) {
        if (codes == null
                || codes.size() != quantity
                || codes.stream().anyMatch(code -> code == null || code.isBlank())
                || new HashSet<>(codes).size() != codes.size()) {
            throw Refusals.invalid(
                    TicketErrors.INVALID_TICKET_CODES,
                    "An order of " + quantity + " tickets needs " + quantity + " distinct ticket codes.");
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
                List.copyOf(codes)));
    }

    private CommandExecutionException ended(String step) {
        return Refusals.conflict(
                TicketErrors.ORDER_ALREADY_ENDED,
                "Order " + orderId + " ended " + status + " and cannot be " + step + ".");
    }

    private boolean isSameOrderAs(PlaceOrder command) {
        return Objects.equals(customerId, command.customerId())
                && Objects.equals(eventId, command.eventId())
                && Objects.equals(tierId, command.tierId())
                && quantity == command.quantity()
                && Objects.equals(paymentToken, command.paymentToken());
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        customerId = event.customerId();
        customerEmail = event.customerEmail();
        eventId = event.eventId();
        tierId = event.tierId();
        quantity = event.quantity();
        paymentToken = event.paymentToken();
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
    void on(OrderPaid event) {
        status = OrderStatus.PAID;
    }

    @EventSourcingHandler
    void on(OrderConfirmed event) {
        status = OrderStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(OrderPaymentFailed event) {
        status = OrderStatus.PAYMENT_FAILED;
    }

    @EventSourcingHandler
    void on(OrderExpired event) {
        status = OrderStatus.EXPIRED;
    }
}
