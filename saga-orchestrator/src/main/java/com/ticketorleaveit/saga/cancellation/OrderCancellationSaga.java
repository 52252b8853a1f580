package com.ticketorleaveit.saga.cancellation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import com.ticketorleaveit.payments.api.RefundPayment;
import com.ticketorleaveit.payments.api.RetryRefund;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.RecordOrderRefund;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cancelled order gets its money back. The tickets context has already cancelled the order and put its seats back
 * on sale in one step; this saga crosses to payments:
 *
 * <ol>
 *   <li>order cancelled → refund its payment (a free order has none: it is refunded at once);
 *   <li>refund attempt failed → try again after {@link #REFUND_RETRY} (backing off, see {@link RefundProperties});
 *       the refund is after the pivot of a cancellation, so it is retried until it succeeds, never given up;
 *   <li>payment refunded → record the refund on the order, which tells its customer.
 * </ol>
 *
 * The payment keeps one refund key for all attempts, so the provider refunds once however often it is asked, and
 * every command here is a no-op when repeated: a redelivered event or a retried step changes nothing.
 */
@Saga
@ProcessingGroup(OrderCancellationSaga.PROCESSING_GROUP)
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class OrderCancellationSaga {

    public static final String PROCESSING_GROUP = "order-cancellation";

    /** The next attempt at a refund whose last attempt failed; its payload is the failed attempt's number. */
    static final String REFUND_RETRY = "order-cancellation-refund-retry";

    @Autowired
    private transient CommandGateway commandGateway;

    @Autowired
    private transient DeadlineManager deadlineManager;

    @Autowired
    private transient RefundProperties properties;

    private OrderId orderId;
    private UUID tierId;
    private PaymentId paymentId;
    private boolean refunding;
    private String retryDeadlineId;

    public OrderCancellationSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelled event) {
        if (refunding) {
            return;
        }
        orderId = event.orderId();
        tierId = event.tierId();
        paymentId = PaymentId.forOrder(orderId.value());
        refunding = true;
        if (event.amountMinor() == 0) {
            // nothing was paid, so nothing goes back
            recordRefund(0, event.currency());
            return;
        }
        commandGateway.sendAndWait(new RefundPayment(paymentId, event.reason().name()));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(RefundAttemptFailed event) {
        if (refunding) {
            retryDeadlineId = deadlineManager.schedule(
                    properties.retryDelay(
                            event.attempt(), ThreadLocalRandom.current().nextDouble()),
                    REFUND_RETRY,
                    event.attempt());
        }
    }

    @DeadlineHandler(deadlineName = REFUND_RETRY)
    void retryRefund(Integer failedAttempt) {
        retryDeadlineId = null;
        if (refunding) {
            commandGateway.sendAndWait(new RetryRefund(paymentId, failedAttempt));
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentRefunded event) {
        if (refunding) {
            recordRefund(event.amountMinor(), event.currency());
        }
    }

    private void recordRefund(long amountMinor, String currency) {
        OrderStatus status = commandGateway.sendAndWait(new RecordOrderRefund(orderId, tierId, amountMinor, currency));
        if (status != OrderStatus.REFUNDED) {
            throw new IllegalStateException("Order " + orderId + " is " + status + " after its refund was recorded");
        }
        refunding = false;
        if (retryDeadlineId != null) {
            deadlineManager.cancelSchedule(REFUND_RETRY, retryDeadlineId);
            retryDeadlineId = null;
        }
        SagaLifecycle.end();
    }
}
