package com.ticketorleaveit.payments.command;

import com.ticketorleaveit.payments.api.ApprovePayment;
import com.ticketorleaveit.payments.api.DeclinePayment;
import com.ticketorleaveit.payments.api.FailPayment;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.command.PaymentProvider.Outcome;
import com.ticketorleaveit.platform.vault.Vault;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes requested payments to the provider and records its answer on the payment. It follows the event store with
 * its own token; a failure retries the event, and the provider's idempotency key makes the retry charge nothing
 * twice. Replays must never reach the provider again. The event names the customer's payment token by its reference in
 * the vault (ADR 30), revealed only here, to go to the provider.
 */
@Component
@ProcessingGroup(PaymentRequestHandler.PROCESSING_GROUP)
class PaymentRequestHandler {

    static final String PROCESSING_GROUP = "payments-provider";

    /** Why a payment failed whose token the vault no longer keeps. */
    static final String PAYMENT_METHOD_UNAVAILABLE = "the payment method is no longer available";

    private static final Logger log = LoggerFactory.getLogger(PaymentRequestHandler.class);

    private final PaymentProvider provider;
    private final CommandGateway commandGateway;
    private final Vault vault;

    PaymentRequestHandler(PaymentProvider provider, CommandGateway commandGateway, Vault vault) {
        this.provider = provider;
        this.commandGateway = commandGateway;
        this.vault = vault;
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentRequested event) {
        String paymentToken;
        try {
            paymentToken = vault.reveal(event.paymentMethod());
        } catch (Vault.ForgottenSecretException e) {
            // purged, or sealed under another secret: asking again would never do better, and must not hold up the
            // payments behind this one; the order ends as for any failed payment
            log.warn("Payment {} cannot be asked for: {}", event.paymentId(), e.getMessage());
            commandGateway.sendAndWait(new FailPayment(event.paymentId(), PAYMENT_METHOD_UNAVAILABLE));
            return;
        }
        Outcome outcome =
                provider.authorize(event.idempotencyKey(), event.amountMinor(), event.currency(), paymentToken);
        if (outcome instanceof Outcome.Approved approved) {
            commandGateway.sendAndWait(new ApprovePayment(event.paymentId(), approved.reference()));
        } else if (outcome instanceof Outcome.Declined declined) {
            commandGateway.sendAndWait(new DeclinePayment(event.paymentId(), declined.reason()));
        } else if (outcome instanceof Outcome.Failed failed) {
            commandGateway.sendAndWait(new FailPayment(event.paymentId(), failed.reason()));
        }
        // no answer: the payment stays requested and the purchase's hold expiry ends the order
    }
}
