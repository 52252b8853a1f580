package com.ticketorleaveit.payments.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.payments.api.ApprovePayment;
import com.ticketorleaveit.payments.api.DeclinePayment;
import com.ticketorleaveit.payments.api.FailPayment;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.payments.api.RequestPayment;
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
 */
@Aggregate
class Payment {

    @AggregateIdentifier
    private PaymentId paymentId;

    private UUID orderId;
    private long amountMinor;
    private String currency;
    private PaymentStatus status;

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
                command.paymentToken(),
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

    @EventSourcingHandler
    void on(PaymentRequested event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        amountMinor = event.amountMinor();
        currency = event.currency();
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
}
