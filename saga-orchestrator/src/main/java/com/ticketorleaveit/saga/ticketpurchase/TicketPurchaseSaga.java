package com.ticketorleaveit.saga.ticketpurchase;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationParameters;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.RequestPayment;
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
import com.ticketorleaveit.tickets.api.RejectOrder;
import com.ticketorleaveit.tickets.api.ReleaseSeats;
import com.ticketorleaveit.tickets.api.ReserveSeats;
import com.ticketorleaveit.tickets.api.SeatReservationRejected;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SellSeats;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Buying tickets, one order at a time:
 *
 * <ol>
 *   <li>order placed → reserve seats; refused → reject the order;
 *   <li>seats reserved → mark the order reserved, request the payment, start the hold ({@link #HOLD_EXPIRY});
 *   <li>payment declined or failed → release the seats, fail the order (compensation);
 *   <li>hold expired before an answer → release the seats, expire the order (compensation);
 *   <li>payment approved (the pivot) → sell the seats, confirm the order with its ticket codes; these steps are
 *       retried until they succeed, never compensated;
 *   <li>the order ended, whichever way → notify the customer; the saga ends.
 * </ol>
 *
 * Every step sends its commands and waits, so a failure rolls the step back and the message is retried. Each step
 * runs only from the state it expects, so a redelivered event dispatches nothing twice.
 */
@Saga
@ProcessingGroup(TicketPurchaseSaga.PROCESSING_GROUP)
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class TicketPurchaseSaga {

    public static final String PROCESSING_GROUP = "ticket-purchase";

    /** Seats are held this long (ticketing.saga.purchase.hold-duration) waiting for the payment's answer. */
    static final String HOLD_EXPIRY = "ticket-purchase-hold-expiry";

    private static final Logger log = LoggerFactory.getLogger(TicketPurchaseSaga.class);

    enum Stage {
        RESERVING,
        AWAITING_PAYMENT,
        PAID,
        ENDING
    }

    @Autowired
    private transient CommandGateway commandGateway;

    @Autowired
    private transient DeadlineManager deadlineManager;

    @Autowired
    private transient PurchaseProperties properties;

    private OrderId orderId;
    private UUID tierId;
    private int quantity;
    private String paymentToken;
    private UUID customerId;
    private PaymentId paymentId;
    private String holdDeadlineId;
    private Stage stage;

    public TicketPurchaseSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPlaced event) {
        if (stage != null) {
            return;
        }
        orderId = event.orderId();
        tierId = event.tierId();
        quantity = event.quantity();
        paymentToken = event.paymentToken();
        customerId = event.customerId();
        stage = Stage.RESERVING;
        commandGateway.sendAndWait(new ReserveSeats(tierId, orderId, quantity));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(SeatReservationRejected event) {
        if (stage != Stage.RESERVING) {
            return;
        }
        stage = Stage.ENDING;
        commandGateway.sendAndWait(new RejectOrder(orderId, event.reason()));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(SeatsReserved event) {
        if (stage != Stage.RESERVING) {
            return;
        }
        long amountMinor = Math.multiplyExact(event.unitPriceMinor(), event.quantity());
        commandGateway.sendAndWait(new MarkOrderReserved(orderId, amountMinor, event.currency()));
        paymentId = PaymentId.forOrder(orderId.value());
        SagaLifecycle.associateWith("paymentId", paymentId.toString());
        // the payment is the unit of idempotency at the provider: one key per payment, whatever the client sent
        commandGateway.sendAndWait(new RequestPayment(
                paymentId,
                orderId.value(),
                customerId,
                amountMinor,
                event.currency(),
                paymentToken,
                paymentId.toString()));
        holdDeadlineId = deadlineManager.schedule(properties.holdDuration(), HOLD_EXPIRY);
        stage = Stage.AWAITING_PAYMENT;
    }

    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentApproved event) {
        if (stage != Stage.AWAITING_PAYMENT) {
            // approved after the hold expired: refunding such payments is not built yet
            log.warn("Payment {} of order {} approved while the order is {}", paymentId, orderId, stage);
            return;
        }
        endHold();
        stage = Stage.PAID;
        commandGateway.sendAndWait(new SellSeats(tierId, orderId));
        commandGateway.sendAndWait(new ConfirmOrder(orderId, TicketCodes.issue(quantity)));
    }

    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentDeclined event) {
        paymentUnsuccessful(event.reason());
    }

    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentFailed event) {
        paymentUnsuccessful(event.reason());
    }

    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    void holdExpired() {
        if (stage != Stage.AWAITING_PAYMENT) {
            return;
        }
        holdDeadlineId = null;
        stage = Stage.ENDING;
        commandGateway.sendAndWait(new ReleaseSeats(tierId, orderId));
        commandGateway.sendAndWait(new ExpireOrder(orderId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderConfirmed event) {
        notifyCustomer(
                NotificationKind.ORDER_CONFIRMED,
                event.customerId(),
                event.customerEmail(),
                Map.of(
                        NotificationParameters.TICKET_CODES, String.join(",", event.ticketCodes()),
                        NotificationParameters.QUANTITY, Integer.toString(event.quantity()),
                        NotificationParameters.AMOUNT_MINOR, Long.toString(event.amountMinor()),
                        NotificationParameters.CURRENCY, event.currency(),
                        NotificationParameters.EVENT_ID, event.eventId().toString()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejected event) {
        notifyCustomer(
                NotificationKind.ORDER_REJECTED,
                event.customerId(),
                event.customerEmail(),
                Map.of(NotificationParameters.REASON, event.reason().name()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPaymentFailed event) {
        notifyCustomer(
                NotificationKind.ORDER_PAYMENT_FAILED,
                event.customerId(),
                event.customerEmail(),
                Map.of(NotificationParameters.REASON, Objects.requireNonNullElse(event.reason(), "unknown")));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderExpired event) {
        notifyCustomer(NotificationKind.ORDER_EXPIRED, event.customerId(), event.customerEmail(), Map.of());
    }

    private void paymentUnsuccessful(String reason) {
        if (stage != Stage.AWAITING_PAYMENT) {
            return;
        }
        endHold();
        stage = Stage.ENDING;
        commandGateway.sendAndWait(new ReleaseSeats(tierId, orderId));
        commandGateway.sendAndWait(new FailOrderPayment(orderId, reason));
    }

    private void endHold() {
        if (holdDeadlineId != null) {
            deadlineManager.cancelSchedule(HOLD_EXPIRY, holdDeadlineId);
            holdDeadlineId = null;
        }
    }

    private void notifyCustomer(NotificationKind kind, UUID recipient, String email, Map<String, String> parameters) {
        endHold();
        commandGateway.sendAndWait(new RequestNotification(
                NotificationId.of(orderId.value(), kind), recipient, email, kind, orderId.value(), parameters));
    }
}
