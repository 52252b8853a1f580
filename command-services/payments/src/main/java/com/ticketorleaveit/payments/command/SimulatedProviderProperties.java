package com.ticketorleaveit.payments.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated provider's scripted behaviour.
 *
 * @param refundFailures how many refund attempts of a charge made with the {@code tok_refund_fails} test card fail
 *     before one succeeds
 * @param lateApprovalDelay how long after it was first asked for, a charge made with the {@code tok_approve_late} test
 *     card is approved; longer than a purchase's hold (10 minutes by default), so its order has expired by then
 * @param veryLateApprovalDelay the same for the {@code tok_approve_very_late} test card; longer than a purchase's hold
 *     and late-payment window together (10 minutes and one day by default), so that only the purchase's safety net,
 *     which asks about unanswered payments after that window, finds the approval
 * @param webhookUrl where the provider posts its signed messages: this system's public webhook endpoint
 * @param webhookDelay how long after it was asked for a charge made with {@code tok_webhook} is approved and told of
 */
@ConfigurationProperties("ticketing.payments.command.simulated")
record SimulatedProviderProperties(
        @DefaultValue("2") int refundFailures,
        @DefaultValue("PT12M") Duration lateApprovalDelay,
        @DefaultValue("P2D") Duration veryLateApprovalDelay,

        @DefaultValue("http://127.0.0.1:8080/api/v1/payments/webhooks/simulated")
        String webhookUrl,

        @DefaultValue("PT0.5S") Duration webhookDelay) {

    SimulatedProviderProperties {
        if (refundFailures < 0) {
            throw new IllegalArgumentException("refund-failures must not be negative, was " + refundFailures);
        }
        if (lateApprovalDelay.isNegative()) {
            throw new IllegalArgumentException("late-approval-delay must not be negative, was " + lateApprovalDelay);
        }
        if (veryLateApprovalDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "very-late-approval-delay must not be negative, was " + veryLateApprovalDelay);
        }
    }
}
