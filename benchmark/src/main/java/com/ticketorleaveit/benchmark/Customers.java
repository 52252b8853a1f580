package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.local.TokenSigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Customers made up by the benchmark, each with an access token signed with the users context's key, which the
 * benchmark made and gave command-services as an operator would (RS256, the platform's issuer and audience, subject,
 * email, roles). Registering thousands of customers would cost a password hash each and measure registration instead of
 * purchases.
 */
final class Customers {

    /** A customer; the email is lower case and unique, so that a mail's recipient names its order. */
    record Customer(UUID id, String email, String accessToken) {}

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(3);

    private final TokenSigningKey key;
    private final String runId;

    Customers(TokenSigningKey key, String runId) {
        this.key = key;
        this.runId = runId;
    }

    Customer next() {
        UUID id = UUID.randomUUID();
        String email = "buyer-" + id + "@" + runId + ".example.test";
        return new Customer(id, email, sign(id, email, Instant.now()));
    }

    String sign(UUID userId, String email, Instant now) {
        return key.accessToken(userId.toString(), email, List.of("CUSTOMER"), now.plus(TOKEN_LIFETIME));
    }
}
