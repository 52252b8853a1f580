package com.ticketorleaveit.benchmark;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Customers made up by the benchmark, each with an access token signed with the secret the system was given, as the
 * users context would sign it (HS256, the platform's issuer, subject, email, roles). Registering thousands of
 * customers would cost a password hash each and measure registration instead of purchases.
 */
final class Customers {

    static final String ISSUER = "ticket-or-leave-it";

    /** A customer; the email is lower case and unique, so that a mail's recipient names its order. */
    record Customer(UUID id, String email, String accessToken) {}

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(3);

    private final MACSigner signer;
    private final String runId;

    Customers(String jwtSecret, String runId) {
        try {
            this.signer = new MACSigner(jwtSecret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The JWT secret cannot sign HS256 tokens: " + e.getMessage(), e);
        }
        this.runId = runId;
    }

    Customer next() {
        UUID id = UUID.randomUUID();
        String email = "buyer-" + id + "@" + runId + ".example.test";
        return new Customer(id, email, sign(id, email, Instant.now()));
    }

    String sign(UUID userId, String email, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .claim("email", email)
                .claim("roles", List.of("CUSTOMER"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
