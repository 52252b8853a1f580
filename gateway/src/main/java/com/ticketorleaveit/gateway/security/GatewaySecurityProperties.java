package com.ticketorleaveit.gateway.security;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway verifies access tokens; the same settings as every service's.
 *
 * @param jwtSecret HS256 key, at least 32 bytes (UTF-8); from {@code TICKETING_JWT_SECRET}, never committed
 * @param issuer the {@code iss} claim tokens must carry
 */
@ConfigurationProperties("ticketing.security")
public record GatewaySecurityProperties(
        String jwtSecret,
        @DefaultValue("ticket-or-leave-it") String issuer) {

    static final int MINIMUM_SECRET_BYTES = 32;

    public GatewaySecurityProperties {
        if (jwtSecret == null || jwtSecret.isBlank()) {
            throw new IllegalStateException("ticketing.security.jwt-secret is missing: set TICKETING_JWT_SECRET to the"
                    + " HS256 key shared with the token issuer (at least " + MINIMUM_SECRET_BYTES + " bytes)");
        }
        if (jwtSecret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("ticketing.security.jwt-secret (TICKETING_JWT_SECRET) is too short: an"
                    + " HS256 key needs at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
    }

    public SecretKey signingKey() {
        return new SecretKeySpec(jwtSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public String toString() {
        return "GatewaySecurityProperties[issuer=" + issuer + "]";
    }
}
