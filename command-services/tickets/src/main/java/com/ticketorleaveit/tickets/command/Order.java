package com.ticketorleaveit.tickets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.platform.web.Rejections;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.MarkOrderReserved;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's order for seats of one tier, from PENDING to a terminal status. Its id comes from the customer's
 * idempotency key, so placing it again addresses the same order. Every step is a no-op once it happened or the order
 * ended, because the purchase process redelivers its commands.
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
            throw Rejections.conflict(
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

    @CommandHandler
    OrderStatus handle(RejectOrder command) {
        if (!status.isTerminal()) {
            apply(new OrderRejected(orderId, customerId, customerEmail, command.reason()));
        }
        return status;
    }

    @CommandHandler
    OrderStatus handle(ConfirmOrder command) {
        if (status.isTerminal()) {
            return status;
        }
        List<String> codes = command.ticketCodes();
        if (codes == null
                || codes.size() != quantity
                || codes.stream().anyMatch(code -> code == null || code.isBlank())
                || new HashSet<>(codes).size() != codes.size()) {
            throw Rejections.badRequest(
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
        return status;
    }

    @CommandHandler
    OrderStatus handle(FailOrderPayment command) {
        if (!status.isTerminal()) {
            apply(new OrderPaymentFailed(orderId, customerId, customerEmail, command.reason()));
        }
        return status;
    }

    @CommandHandler
    OrderStatus handle(ExpireOrder command) {
        if (!status.isTerminal()) {
            apply(new OrderExpired(orderId, customerId, customerEmail));
        }
        return status;
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
