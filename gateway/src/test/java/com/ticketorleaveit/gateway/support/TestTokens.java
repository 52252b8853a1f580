package com.ticketorleaveit.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Access tokens as the users context issues them, and the broken ones a client may send instead. */
public final class TestTokens {

    public static final String SECRET = "test-secret-of-at-least-thirty-two-bytes!";
    public static final String ISSUER = "ticket-or-leave-it";

    private TestTokens() {}

    public static String aTokenFor(String subject) {
        return sign(claims(subject).build(), SECRET);
    }

    public static String aTokenForSomeone() {
        return aTokenFor(UUID.randomUUID().toString());
    }

    public static String anExpiredToken() {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return sign(
                claims(UUID.randomUUID().toString())
                        .issueTime(Date.from(issued))
                        .expirationTime(Date.from(issued.plus(Duration.ofMinutes(15))))
                        .build(),
                SECRET);
    }

    /** A valid token whose payload was then changed (the subject swapped): the signature no longer matches. */
    public static String aTamperedToken() {
        String[] parts = aTokenForSomeone().split("\\.");
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"iss\":\"" + ISSUER + "\",\"sub\":\"someone-else\",\"roles\":[\"ADMIN\"],\"exp\":"
                                + Instant.now().plusSeconds(600).getEpochSecond() + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forgedPayload + "." + parts[2];
    }

    public static String aTokenSignedWithAnotherKey() {
        return sign(claims(UUID.randomUUID().toString()).build(), "another-secret-of-at-least-thirty-two-bytes");
    }

    public static String aTokenFromAnotherIssuer() {
        return sign(claims(UUID.randomUUID().toString()).issuer("someone-else").build(), SECRET);
    }

    public static String aTokenWithoutExpiry() {
        return sign(claims(UUID.randomUUID().toString()).expirationTime(null).build(), SECRET);
    }

    private static JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .claim("email", subject + "@example.org")
                .claim("roles", List.of("CUSTOMER"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
    }

    private static String sign(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
