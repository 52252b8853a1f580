package com.ticketorleaveit.saga.ticketpurchase;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.SignedTicket;
import com.ticketorleaveit.tickets.api.TicketsSigned;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The customer hears how the order ended: confirmed with its ticket codes and their QR codes, rejected, payment failed, expired, its
 * event cancelled, or (after a cancellation) refunded. Each
 * ending asks for one notification, whose id is derived from order and kind, so a redelivered event asks for nothing
 * new. Every event carries what its mail needs, so this needs no state and handles many orders at once.
 */
@Component
@ProcessingGroup(PurchaseNotifications.PROCESSING_GROUP)
public class PurchaseNotifications {

    public static final String PROCESSING_GROUP = "purchase-notifications";

    private final CommandGateway commandGateway;

    PurchaseNotifications(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** A confirmed order's tickets are signed in the confirmation's step: the mail carries their QR codes. */
    @EventHandler
    void on(TicketsSigned event) {
        notifyCustomer(
                event.orderId(),
                NotificationKind.ORDER_CONFIRMED,
                event.customerId(),
                event.customerEmail(),
                Map.of(
                        NotificationParameters.TICKET_CODES,
                                event.tickets().stream().map(SignedTicket::code).collect(Collectors.joining(",")),
                        NotificationParameters.QR_PAYLOADS,
                                event.tickets().stream()
                                        .map(SignedTicket::qrPayload)
                                        .collect(Collectors.joining(",")),
                        NotificationParameters.QUANTITY,
                                Integer.toString(event.tickets().size()),
                        NotificationParameters.AMOUNT_MINOR, Long.toString(event.amountMinor()),
                        NotificationParameters.CURRENCY, event.currency(),
                        NotificationParameters.EVENT_ID, event.eventId().toString()));
    }

    @EventHandler
    void on(OrderRejected event) {
        notifyCustomer(
                event.orderId(),
                NotificationKind.ORDER_REJECTED,
                event.customerId(),
                event.customerEmail(),
                Map.of(NotificationParameters.REASON, event.reason().name()));
    }

    @EventHandler
    void on(OrderPaymentFailed event) {
        notifyCustomer(
                event.orderId(),
                NotificationKind.ORDER_PAYMENT_FAILED,
                event.customerId(),
                event.customerEmail(),
                Map.of(NotificationParameters.REASON, Objects.requireNonNullElse(event.reason(), "unknown")));
    }

    @EventHandler
    void on(OrderExpired event) {
        notifyCustomer(
                event.orderId(), NotificationKind.ORDER_EXPIRED, event.customerId(), event.customerEmail(), Map.of());
    }

    /**
     * Ticket holders of a cancelled event hear of it at once; their refund, retried until the provider takes it, has its
     * own mail. A customer's own cancellation, or a payment too late for any seat, is told by the refund mail alone.
     */
    @EventHandler
    void on(OrderCancelled event) {
        if (event.reason() != CancellationReason.EVENT_CANCELLED) {
            return;
        }
        notifyCustomer(
                event.orderId(),
                NotificationKind.EVENT_CANCELLED,
                event.customerId(),
                event.customerEmail(),
                Map.of(
                        NotificationParameters.AMOUNT_MINOR, Long.toString(event.amountMinor()),
                        NotificationParameters.CURRENCY, event.currency(),
                        NotificationParameters.EVENT_ID, event.eventId().toString()));
    }

    @EventHandler
    void on(OrderRefunded event) {
        notifyCustomer(
                event.orderId(),
                NotificationKind.ORDER_REFUNDED,
                event.customerId(),
                event.customerEmail(),
                Map.of(
                        NotificationParameters.AMOUNT_MINOR, Long.toString(event.amountMinor()),
                        NotificationParameters.CURRENCY, event.currency(),
                        NotificationParameters.REASON, event.reason().name()));
    }

    private void notifyCustomer(
            OrderId orderId, NotificationKind kind, UUID recipient, String email, Map<String, String> parameters) {
        commandGateway.sendAndWait(new RequestNotification(
                NotificationId.of(orderId.value(), kind), recipient, email, kind, orderId.value(), parameters));
    }
}
