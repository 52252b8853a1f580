package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.ticketorleaveit.local.TokenSigningKey;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Only the users context's key signs access tokens that anything accepts: the gateway, and each service asked directly
 * on its own port, verify with the public keys the users context publishes (ADR 22).
 */
class TokenKeysSystemIT extends SystemTest {

    @Test
    void theUsersContextSignsWithItsKeyAndPublishesOnlyItsPublicHalfThroughTheGateway() throws Exception {
        var customer = ticketing.aCustomer();

        SignedJWT token = SignedJWT.parse(customer.accessToken());
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(token.getHeader().getKeyID()).isEqualTo(system.signingKeyId());
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(TokenSigningKey.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isNotNull();

        var published = ticketing.api.get("/.well-known/jwks.json", null);
        assertThat(published.status()).isEqualTo(200);
        List<String> keyIds = new ArrayList<>();
        published.json().get("keys").forEach(key -> {
            keyIds.add(key.get("kid").asText());
            assertThat(key.has("d")).as("a private part is published: %s", key).isFalse();
        });
        // the signing key first; the system's first key still listed (another test may have rotated in a new one)
        assertThat(keyIds)
                .startsWith(system.signingKeyId())
                .contains(system.tokenSigningKey().keyId());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthenticatedAtTheGatewayAndAtEachService() {
        TokenSigningKey anotherKey = TokenSigningKey.generate();
        // a registered customer, so that the control request below changes real preferences
        JWTClaimsSet rightClaims =
                claimsOf(ticketing.aCustomer().id(), Instant.now().plusSeconds(600));
        String claimingOurKeyId =
                anotherKey.sign(rightClaims, system.tokenSigningKey().keyId());
        String underItsOwnKeyId = anotherKey.sign(rightClaims);

        assertAcceptedEverywhere(system.tokenSigningKey().sign(rightClaims));
        assertUnauthenticatedEverywhere(claimingOurKeyId);
        assertUnauthenticatedEverywhere(underItsOwnKeyId);
    }

    @Test
    void aTokenWithoutExpiryIsUnauthenticatedAtTheGatewayAndAtEachService() {
        JWTClaimsSet withoutExpiry = new JWTClaimsSet.Builder(
                        claimsOf(UUID.randomUUID().toString(), Instant.now()))
                .expirationTime(null)
                .build();

        assertUnauthenticatedEverywhere(system.tokenSigningKey().sign(withoutExpiry));
    }

    @Test
    void aTokenForAnotherAudienceOrIssuerIsUnauthenticatedAtTheGatewayAndAtEachService() {
        JWTClaimsSet rightClaims =
                claimsOf(UUID.randomUUID().toString(), Instant.now().plusSeconds(600));

        assertUnauthenticatedEverywhere(system.tokenSigningKey()
                .sign(new JWTClaimsSet.Builder(rightClaims)
                        .audience("another-api")
                        .build()));
        assertUnauthenticatedEverywhere(system.tokenSigningKey()
                .sign(new JWTClaimsSet.Builder(rightClaims)
                        .issuer("someone-else")
                        .build()));
    }

    static JWTClaimsSet claimsOf(String subject, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(TokenSigningKey.ISSUER)
                .audience(TokenSigningKey.AUDIENCE)
                .subject(subject)
                .claim("email", "someone-" + subject + "@example.test")
                .claim("roles", List.of("CUSTOMER"))
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    /** The gateway, query-services and every command-services replica refuse it: 401 problem, UNAUTHENTICATED. */
    static void assertUnauthenticatedEverywhere(String token) {
        String order = "/api/v1/orders/" + UUID.randomUUID();
        assertProblem(ticketing.api.get(order, token), 401, "UNAUTHENTICATED");
        assertProblem(new Api(system.queryServices()).get(order, token), 401, "UNAUTHENTICATED");
        for (URI replica : system.commandServicesReplicas()) {
            assertProblem(
                    new Api(replica).put(PREFERENCES, token, Map.of("eventReminders", true)), 401, "UNAUTHENTICATED");
        }
    }

    /** The control: the same request with a token of the users context's key gets past authentication everywhere. */
    static void assertAcceptedEverywhere(String token) {
        String order = "/api/v1/orders/" + UUID.randomUUID();
        assertThat(ticketing.api.get(order, token).status()).isEqualTo(404);
        assertThat(new Api(system.queryServices()).get(order, token).status()).isEqualTo(404);
        for (URI replica : system.commandServicesReplicas()) {
            assertThat(new Api(replica)
                            .put(PREFERENCES, token, Map.of("eventReminders", true))
                            .status())
                    .isEqualTo(200);
        }
    }

    private static final String PREFERENCES = "/api/v1/users/me/preferences";
}
