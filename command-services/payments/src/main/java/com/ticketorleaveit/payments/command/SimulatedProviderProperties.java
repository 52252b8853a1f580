package com.ticketorleaveit.payments.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated provider's scripted behaviour.
 *
 * @param refundFailures how many refund attempts of a charge made with the {@code tok_refund_fails} test card fail
 *     before one succeeds
 */
@ConfigurationProperties("ticketing.payments.command.simulated")
record SimulatedProviderProperties(@DefaultValue("2") int refundFailures) {

    SimulatedProviderProperties {
        if (refundFailures < 0) {
            throw new IllegalArgumentException("refund-failures must not be negative, was " + refundFailures);
        }
    }
}
