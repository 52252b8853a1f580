package com.ticketorleaveit.gateway.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway verifies access tokens; the same settings as every service's. The gateway holds no key that can sign
 * a token: it verifies with the public keys the users context publishes (ADR 22).
 *
 * @param jwkSetUri the users context's public keys, {@code http://<command-services>/.well-known/jwks.json}; from
 *     {@code TICKETING_JWK_SET_URI}
 * @param issuer the {@code iss} claim tokens must carry
 * @param audience the {@code aud} claim tokens must carry
 */
@ConfigurationProperties("ticketing.security")
public record GatewaySecurityProperties(
        URI jwkSetUri,
        @DefaultValue("ticket-or-leave-it") String issuer,
        @DefaultValue("ticket-or-leave-it") String audience) {

    public GatewaySecurityProperties {
        if (jwkSetUri == null) {
            throw new IllegalStateException("ticketing.security.jwk-set-uri is missing: set TICKETING_JWK_SET_URI to"
                    + " the users context's public keys, http://<command-services>/.well-known/jwks.json");
        }
    }
}
