package com.ticketorleaveit.payments.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.payments.api.ApprovePayment;
import com.ticketorleaveit.payments.api.CheckPayment;
import com.ticketorleaveit.payments.api.DeclinePayment;
import com.ticketorleaveit.payments.api.FailPayment;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.payments.api.RecordRefund;
import com.ticketorleaveit.payments.api.RecordRefundFailure;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import com.ticketorleaveit.payments.api.RefundPayment;
import com.ticketorleaveit.payments.api.RequestPayment;
import com.ticketorleaveit.payments.api.RetryRefund;
import com.ticketorleaveit.platform.refusal.Refusals;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One payment per order. It is requested once, and its outcome is decided once: approvals, declines and failures
 * only count while the payment is still requested, so a late or repeated answer never flips an outcome.
 *
 * <p>An approved payment can be refunded, once. The refund is attempted at the provider until it succeeds; every
 * attempt carries the same refund key, so the provider gives the money back at most once. An attempt is numbered, and
 * only the answer to the current attempt counts: a retry follows only a recorded failure of the attempt it names, so
 * stale or repeated retries and answers change nothing.
 */
@Aggregate
class Payment {

    @AggregateIdentifier
    private PaymentId paymentId;

    private UUID orderId;
    private long amountMinor;
    private String currency;
    private PaymentStatus status;
    private String idempotencyKey;
    private String refundReason;
    private int refundAttempt;
    private boolean refundAttemptFailed;

    Payment() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestPayment command) {
        if (paymentId != null) {
            return;
        }
        if (command.amountMinor() <= 0) {
            throw Refusals.ruleViolation(
                    PaymentErrors.INVALID_PAYMENT_AMOUNT, "A payment must be for a positive amount.");
        }
        apply(new PaymentRequested(
                command.paymentId(),
                command.orderId(),
                command.customerId(),
                command.amountMinor(),
                command.currency(),
                command.paymentMethod(),
                command.idempotencyKey()));
    }

    @CommandHandler
    void handle(ApprovePayment command) {
        if (status == PaymentStatus.REQUESTED) {
            apply(new PaymentApproved(paymentId, orderId, amountMinor, currency, command.providerReference()));
        }
    }

    @CommandHandler
    void handle(DeclinePayment command) {
        if (status == PaymentStatus.REQUESTED) {
            apply(new PaymentDeclined(paymentId, orderId, command.reason()));
        }
    }

    @CommandHandler
    void handle(FailPayment command) {
        if (status == PaymentStatus.REQUESTED) {
            apply(new PaymentFailed(paymentId, orderId, command.reason()));
        }
    }

    /**
     * The provider is asked once more for a payment it has not answered (the purchase's hold ran out): an answer it
     * has meanwhile counts like one it sent. A decided payment is not asked about.
     */
    @CommandHandler
    PaymentStatus handle(CheckPayment command, PaymentProvider provider) {
        if (status == PaymentStatus.REQUESTED) {
            PaymentProvider.Outcome outcome = provider.status(idempotencyKey);
            if (outcome instanceof PaymentProvider.Outcome.Approved approved) {
                apply(new PaymentApproved(paymentId, orderId, amountMinor, currency, approved.reference()));
            } else if (outcome instanceof PaymentProvider.Outcome.Declined declined) {
                apply(new PaymentDeclined(paymentId, orderId, declined.reason()));
            } else if (outcome instanceof PaymentProvider.Outcome.Failed failed) {
                apply(new PaymentFailed(paymentId, orderId, failed.reason()));
            }
        }
        return status;
    }

    @CommandHandler
    void handle(RefundPayment command) {
        switch (status) {
            case APPROVED -> apply(refundRequested(1, command.reason()));
            case REFUND_PENDING, REFUNDED -> {
                // refunded at most once: asking again changes nothing
            }
            default ->
                throw Refusals.conflict(
                        PaymentErrors.PAYMENT_NOT_REFUNDABLE,
                        "Only an approved payment can be refunded; this one is " + status + ".");
        }
    }

    @CommandHandler
    void handle(RetryRefund command) {
        if (isCurrentRefundAttempt(command.failedAttempt()) && refundAttemptFailed) {
            apply(refundRequested(refundAttempt + 1, refundReason));
        }
    }

    @CommandHandler
    void handle(RecordRefund command) {
        // whichever attempt succeeded, the money is back: a success is never stale
        if (status == PaymentStatus.REFUND_PENDING) {
            apply(new PaymentRefunded(paymentId, orderId, amountMinor, currency, command.refundReference()));
        }
    }

    @CommandHandler
    void handle(RecordRefundFailure command) {
        if (isCurrentRefundAttempt(command.attempt()) && !refundAttemptFailed) {
            apply(new RefundAttemptFailed(paymentId, orderId, command.attempt(), command.reason()));
        }
    }

    private boolean isCurrentRefundAttempt(int attempt) {
        return status == PaymentStatus.REFUND_PENDING && attempt == refundAttempt;
    }

    private PaymentRefundRequested refundRequested(int attempt, String reason) {
        return new PaymentRefundRequested(
                paymentId, orderId, amountMinor, currency, idempotencyKey, refundKey(paymentId), attempt, reason);
    }

    /** One refund per payment, so one key per payment: derived, it is the same for every attempt. */
    static String refundKey(PaymentId paymentId) {
        return "refund-" + paymentId;
    }

    @EventSourcingHandler
    void on(PaymentRequested event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        amountMinor = event.amountMinor();
        currency = event.currency();
        idempotencyKey = event.idempotencyKey();
        status = PaymentStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(PaymentApproved event) {
        status = PaymentStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(PaymentDeclined event) {
        status = PaymentStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(PaymentFailed event) {
        status = PaymentStatus.FAILED;
    }

    @EventSourcingHandler
    void on(PaymentRefundRequested event) {
        status = PaymentStatus.REFUND_PENDING;
        refundReason = event.reason();
        refundAttempt = event.attempt();
        refundAttemptFailed = false;
    }

    @EventSourcingHandler
    void on(RefundAttemptFailed event) {
        refundAttemptFailed = true;
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        status = PaymentStatus.REFUNDED;
    }
}
