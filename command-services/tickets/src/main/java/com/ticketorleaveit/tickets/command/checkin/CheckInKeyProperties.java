package com.ticketorleaveit.tickets.command.checkin;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sealingSecret the secret the check-in keys' private halves are sealed with in the database, at least 32 bytes;
 *     from {@code TICKETING_SEALING_SECRET}, never committed. It signs nothing: access tokens are signed with the
 *     users context's own keys (ADR 22).
 */
@ConfigurationProperties("ticketing.tickets.command.check-in-keys")
record CheckInKeyProperties(String sealingSecret) {

    static final int MINIMUM_SECRET_BYTES = 32;

    CheckInKeyProperties {
        if (sealingSecret == null || sealingSecret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("ticketing.tickets.command.check-in-keys.sealing-secret"
                    + " (TICKETING_SEALING_SECRET) must be set to at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
    }

    @Override
    public String toString() {
        return "CheckInKeyProperties[sealingSecret=***]";
    }
}
