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
import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.MarkOrderPaid;
import com.ticketorleaveit.tickets.api.MarkOrderReserved;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.RejectOrder;
import com.ticketorleaveit.tickets.api.ReleaseSeats;
import com.ticketorleaveit.tickets.api.ReserveSeats;
import com.ticketorleaveit.tickets.api.SeatReservationRejected;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SellSeats;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
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
 *   <li>order placed → start the hold ({@link #HOLD_EXPIRY}), reserve seats; refused → reject the order;
 *   <li>seats reserved → mark the order reserved, request the payment; a free order (nothing to pay) goes straight on
 *       as paid;
 *   <li>payment approved → mark the order paid (the pivot), sell the seats, confirm the order with its ticket codes;
 *       these steps are retried until they succeed, never compensated. An order that ended first refuses to be paid:
 *       nothing is sold, and the payment is logged as needing a refund;
 *   <li>payment declined or failed → fail the order; if that ended it, release the seats (compensation);
 *   <li>hold expired → expire the order; if that ended it, release the seats (compensation); a paid order is left to
 *       the approval;
 *   <li>the order ended, whichever way → notify the customer; the saga ends.
 * </ol>
 *
 * The order, not this saga, decides between paid and ended: this saga's state can be stale (another replica, the
 * deadline's thread), but an order answers every step with its resulting status, and seats are released only by the
 * step that ended the order, sold only by one that paid it. The hold starts before anything else, so even an order
 * whose later step is dead-lettered ends. Every step sends its commands and waits, so a failure rolls the step back
 * and the message is retried. Each step runs only from the state it expects, so a redelivered event dispatches
 * nothing twice.
 */
@Saga
@ProcessingGroup(TicketPurchaseSaga.PROCESSING_GROUP)
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class TicketPurchaseSaga {

    public static final String PROCESSING_GROUP = "ticket-purchase";

    /** Seats are held this long (ticketing.saga.purchase.hold-duration) from the order's placing to its payment. */
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
        // derived from the order, so the payment's answer finds this saga whenever it comes
        paymentId = PaymentId.forOrder(orderId.value());
        SagaLifecycle.associateWith("paymentId", paymentId.toString());
        stage = Stage.RESERVING;
        holdDeadlineId = deadlineManager.schedule(properties.holdDuration(), HOLD_EXPIRY);
        commandGateway.sendAndWait(new ReserveSeats(tierId, orderId, quantity));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(SeatReservationRejected event) {
        if (stage != Stage.RESERVING) {
            return;
        }
        endHold();
        stage = Stage.ENDING;
        commandGateway.sendAndWait(new RejectOrder(orderId, event.reason()));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(SeatsReserved event) {
        if (stage != Stage.RESERVING) {
            return;
        }
        long amountMinor = Math.multiplyExact(event.unitPriceMinor(), event.quantity());
        OrderStatus status = commandGateway.sendAndWait(new MarkOrderReserved(orderId, amountMinor, event.currency()));
        if (status.isTerminal()) {
            // the order ended first (its hold ran out): the step that ended it releases the seats
            stage = Stage.ENDING;
            return;
        }
        if (amountMinor == 0) {
            // the payment service takes only positive amounts, and there is nothing to take
            if (orderPaid()) {
                sellSeatsAndConfirm();
            }
            return;
        }
        stage = Stage.AWAITING_PAYMENT;
        // the payment is the unit of idempotency at the provider: one key per payment, whatever the client sent
        commandGateway.sendAndWait(new RequestPayment(
                paymentId,
                orderId.value(),
                customerId,
                amountMinor,
                event.currency(),
                paymentToken,
                paymentId.toString()));
    }

    /** Runs in every stage but PAID: this saga's stage may be stale, only the order knows whether it can be paid. */
    @SagaEventHandler(associationProperty = "paymentId")
    void on(PaymentApproved event) {
        if (stage == Stage.PAID) {
            return;
        }
        if (orderPaid()) {
            sellSeatsAndConfirm();
        } else {
            // nothing is sold: the ended order's seats are back on sale. Refunds are a later feature; until then an
            // operator refunds the payment named here.
            log.warn(
                    "Payment {} of order {} was approved after the order ended; the payment needs a refund",
                    paymentId,
                    orderId);
        }
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
        if (stage != Stage.RESERVING && stage != Stage.AWAITING_PAYMENT) {
            return;
        }
        holdDeadlineId = null;
        OrderStatus status = commandGateway.sendAndWait(new ExpireOrder(orderId));
        // a paid order is not expired: the approval sells its seats
        if (status == OrderStatus.EXPIRED) {
            stage = Stage.ENDING;
            commandGateway.sendAndWait(new ReleaseSeats(tierId, orderId));
        }
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
        if (stage != Stage.RESERVING && stage != Stage.AWAITING_PAYMENT) {
            return;
        }
        OrderStatus status = commandGateway.sendAndWait(new FailOrderPayment(orderId, reason));
        // an order that expired meanwhile had its seats released by the expiry; a paid one keeps them
        if (status == OrderStatus.PAYMENT_FAILED) {
            endHold();
            stage = Stage.ENDING;
            commandGateway.sendAndWait(new ReleaseSeats(tierId, orderId));
        }
    }

    /** The pivot: true when the order is paid now, false when it ended before (its seats are then released). */
    private boolean orderPaid() {
        try {
            commandGateway.sendAndWait(new MarkOrderPaid(orderId));
        } catch (CommandExecutionException e) {
            if (Refusals.is(e, TicketErrors.ORDER_ALREADY_ENDED)) {
                endHold();
                stage = Stage.ENDING;
                return false;
            }
            throw e;
        }
        endHold();
        stage = Stage.PAID;
        return true;
    }

    private void sellSeatsAndConfirm() {
        commandGateway.sendAndWait(new SellSeats(tierId, orderId));
        commandGateway.sendAndWait(new ConfirmOrder(orderId, TicketCodes.issue(quantity)));
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
