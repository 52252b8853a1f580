package com.ticketorleaveit.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens as the users context issues them (RS256 with its key, named in the header), the key set it publishes,
 * and the broken tokens a client may send instead.
 */
public final class TestTokens {

    public static final String ISSUER = "ticket-or-leave-it";
    public static final String AUDIENCE = "ticket-or-leave-it";

    private static final RSAKey USERS_CONTEXT_KEY = anRsaKey();
    private static final RSAKey ANOTHER_KEY = anRsaKey();

    private TestTokens() {}

    /** What the users context publishes at {@code /.well-known/jwks.json}: the public half of its key. */
    public static String publishedKeySet() {
        return new JWKSet(USERS_CONTEXT_KEY.toPublicJWK()).toString();
    }

    public static String aTokenFor(String subject) {
        return sign(claims(subject).build(), USERS_CONTEXT_KEY, USERS_CONTEXT_KEY.getKeyID());
    }

    public static String aTokenForSomeone() {
        return aTokenFor(UUID.randomUUID().toString());
    }

    public static String anExpiredToken() {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return signed(claims(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(15))))
                .build());
    }

    /** A valid token whose payload was then changed (the subject swapped): the signature no longer matches. */
    public static String aTamperedToken() {
        String[] parts = aTokenForSomeone().split("\\.");
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                                + "\",\"sub\":\"someone-else\",\"roles\":[\"ADMIN\"],\"exp\":"
                                + Instant.now().plusSeconds(600).getEpochSecond() + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forgedPayload + "." + parts[2];
    }

    /** Right claims, signed with another RSA key that claims to be the users context's (its key id in the header). */
    public static String aTokenSignedWithAnotherKey() {
        return sign(claims(UUID.randomUUID().toString()).build(), ANOTHER_KEY, USERS_CONTEXT_KEY.getKeyID());
    }

    /** Right claims, signed with another RSA key under that key's own id, which the published set does not list. */
    public static String aTokenSignedWithAnUnknownKey() {
        return sign(claims(UUID.randomUUID().toString()).build(), ANOTHER_KEY, ANOTHER_KEY.getKeyID());
    }

    /** Right claims, signed HS256 with a shared secret, as tokens were before the users context had keys of its own. */
    public static String aTokenSignedWithASharedSecret() {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(USERS_CONTEXT_KEY.getKeyID())
                            .build(),
                    claims(UUID.randomUUID().toString()).build());
            jwt.sign(new MACSigner("test-secret-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String aTokenFromAnotherIssuer() {
        return signed(
                claims(UUID.randomUUID().toString()).issuer("someone-else").build());
    }

    public static String aTokenWithoutExpiry() {
        return signed(claims(UUID.randomUUID().toString()).expirationTime(null).build());
    }

    public static String aTokenForAnotherAudience() {
        return signed(
                claims(UUID.randomUUID().toString()).audience("another-api").build());
    }

    public static String aTokenWithoutAudience() {
        return signed(
                claims(UUID.randomUUID().toString()).audience((String) null).build());
    }

    private static JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("email", subject + "@example.org")
                .claim("roles", List.of("CUSTOMER"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))));
    }

    private static String signed(JWTClaimsSet claims) {
        return sign(claims, USERS_CONTEXT_KEY, USERS_CONTEXT_KEY.getKeyID());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey anRsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
