package com.ticketorleaveit.platform.internalauth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How deployables authenticate the calls they make to each other (ADR 21).
 *
 * @param secret the cluster's shared secret, at least 32 bytes, the same on every deployable; never committed, always
 *     from the environment ({@code TICKETING_INTERNAL_AUTH_SECRET}). A deployable that takes part in the command bus
 *     refuses to start without it; one that does not refuses every internal call.
 * @param tolerance how far a call's timestamp may lie from the receiver's clock, either way
 * @param maxBody the largest body an internal call may carry; a larger one is refused unread
 */
@ConfigurationProperties("ticketing.platform.internal-auth")
public record InternalAuthProperties(
        String secret,
        @DefaultValue("30s") Duration tolerance,
        @DefaultValue("1MB") DataSize maxBody) {

    static final int MIN_SECRET_BYTES = 32;

    public InternalAuthProperties {
        if (secret != null && !secret.isEmpty() && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(
                    "ticketing.platform.internal-auth.secret (TICKETING_INTERNAL_AUTH_SECRET) is" + " shorter than "
                            + MIN_SECRET_BYTES + " bytes");
        }
    }

    /** Whether a secret is configured. */
    public boolean hasSecret() {
        return secret != null && !secret.isEmpty();
    }

    /** The signature keyed by the secret; fails with what to set when there is none. */
    public InternalCallSignature signature() {
        if (!hasSecret()) {
            throw new IllegalStateException("ticketing.platform.internal-auth.secret (TICKETING_INTERNAL_AUTH_SECRET)"
                    + " must be set to at least " + MIN_SECRET_BYTES + " bytes, the same on every deployable: calls"
                    + " between deployables are signed with it");
        }
        return new InternalCallSignature(secret.getBytes(StandardCharsets.UTF_8), tolerance);
    }
}
