package com.ticketorleaveit.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access-token settings shared by the issuer and every verifier.
 *
 * @param jwtSecret HS256 key, at least 32 bytes; never committed, always from the environment
 * @param issuer the {@code iss} claim tokens carry
 * @param accessTokenTtl how long an access token is valid
 * @param refreshTokenTtl how long a refresh token is valid
 */
@ConfigurationProperties("ticketing.security")
public record SecurityProperties(
        String jwtSecret,
        @DefaultValue("ticket-or-leave-it") String issuer,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl) {

    public SecurityProperties {
        if (jwtSecret == null || jwtSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException(
                    "ticketing.security.jwt-secret (TICKETING_JWT_SECRET) must be set to at least 32 bytes");
        }
    }

    public SecretKey signingKey() {
        return new SecretKeySpec(jwtSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
