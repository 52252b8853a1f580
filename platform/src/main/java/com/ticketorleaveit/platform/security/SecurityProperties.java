package com.ticketorleaveit.platform.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access-token settings shared by the issuer (the users context) and every verifier. No deployable holds a key that
 * can sign a token except command-services, where the users context keeps its own (ADR 22).
 *
 * @param issuer the {@code iss} claim tokens carry, and must carry
 * @param audience the {@code aud} claim tokens carry, and must carry
 * @param jwkSetUri where the users context publishes its public keys ({@code /.well-known/jwks.json}); a deployable
 *     that issues tokens itself verifies with its own keys and needs none
 * @param accessTokenTtl how long an access token is valid
 * @param refreshTokenTtl how long a refresh token is valid
 */
@ConfigurationProperties("ticketing.security")
public record SecurityProperties(
        @DefaultValue("ticket-or-leave-it") String issuer,
        @DefaultValue("ticket-or-leave-it") String audience,
        URI jwkSetUri,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl) {}
