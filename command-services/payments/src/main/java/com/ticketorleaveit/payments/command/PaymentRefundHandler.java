package com.ticketorleaveit.payments.command;

import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.RecordRefund;
import com.ticketorleaveit.payments.api.RecordRefundFailure;
import com.ticketorleaveit.payments.command.PaymentProvider.RefundOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Takes refund attempts to the provider and records its answer on the payment. It shares the processor of {@link
 * PaymentRequestHandler}: both call the provider, so both are tuned alike and never replayed, and a payment's events
 * stay in one segment, so its refund is never taken to the provider before its charge.
 *
 * <p>A refused refund is an answer, not an error: it is recorded as a failed attempt, and the refund process asks
 * again later. Throwing instead would hold up the segment, and every payment behind this one, until the provider
 * relents. Only errors of the call itself (the provider unreachable, the database down) propagate, so that the event
 * is tried again; the refund key makes that safe.
 */
@Component
@ProcessingGroup(PaymentRequestHandler.PROCESSING_GROUP)
class PaymentRefundHandler {

    private final PaymentProvider provider;
    private final CommandGateway commandGateway;

    PaymentRefundHandler(PaymentProvider provider, CommandGateway commandGateway) {
        this.provider = provider;
        this.commandGateway = commandGateway;
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentRefundRequested event) {
        RefundOutcome outcome = provider.refund(
                event.refundKey(), event.paymentIdempotencyKey(), event.amountMinor(), event.currency());
        if (outcome instanceof RefundOutcome.Refunded refunded) {
            commandGateway.sendAndWait(new RecordRefund(event.paymentId(), refunded.reference()));
        } else if (outcome instanceof RefundOutcome.Failed failed) {
            commandGateway.sendAndWait(new RecordRefundFailure(event.paymentId(), event.attempt(), failed.reason()));
        }
    }
}
