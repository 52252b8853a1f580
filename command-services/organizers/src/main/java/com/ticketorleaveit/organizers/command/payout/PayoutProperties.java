package com.ticketorleaveit.organizers.command.payout;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret the secret organizers' payout details are encrypted with before they enter a command or an event, at
 *     least 32 bytes; from {@code TICKETING_PAYOUT_SECRET}, never committed. Changing it leaves the details sealed
 *     before unreadable (ADR 26).
 */
@ConfigurationProperties("ticketing.organizers.command.payout")
record PayoutProperties(String secret) {

    static final int MINIMUM_SECRET_BYTES = 32;

    PayoutProperties {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("ticketing.organizers.command.payout.secret (TICKETING_PAYOUT_SECRET) must"
                    + " be set to at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
    }

    @Override
    public String toString() {
        return "PayoutProperties[secret=***]";
    }
}
