package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTamperedToken;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForAnotherAudience;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenFromAnotherIssuer;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenSignedWithASharedSecret;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenSignedWithAnUnknownKey;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenSignedWithAnotherKey;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenWithoutAudience;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenWithoutExpiry;
import static com.ticketorleaveit.gateway.support.TestTokens.anExpiredToken;
import static com.ticketorleaveit.gateway.support.TestTokens.publishedKeySet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import com.ticketorleaveit.gateway.support.StubBackend.CannedAnswer;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AuthenticationTest extends GatewayTestSupport {

    @Test
    void answers401ProblemWithBearerChallengeWhenTheTokenIsMissing() {
        String path = anOrderPath();

        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.code")
                .isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ticketing:unauthenticated")
                .jsonPath("$.detail")
                .isNotEmpty();

        assertThat(QUERY_SERVICES.receivedAt(path)).isEmpty();
    }

    static Stream<Arguments> rejectedTokens() {
        return Stream.of(
                arguments("expired", anExpiredToken()),
                arguments("tampered with", aTamperedToken()),
                arguments("signed with another key under the users context's key id", aTokenSignedWithAnotherKey()),
                arguments("signed with a key the users context does not publish", aTokenSignedWithAnUnknownKey()),
                arguments("signed with a shared secret (HS256)", aTokenSignedWithASharedSecret()),
                arguments("from another issuer", aTokenFromAnotherIssuer()),
                arguments("for another audience", aTokenForAnotherAudience()),
                arguments("without audience", aTokenWithoutAudience()),
                arguments("without expiry", aTokenWithoutExpiry()),
                arguments("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void answers401ProblemWithInvalidTokenChallengeWhenTheTokenIsRejected(String kind, String token) {
        String path = anOrderPath();

        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("UNAUTHENTICATED");

        assertThat(QUERY_SERVICES.receivedAt(path)).isEmpty();
    }

    @Test
    void letsAValidTokenThrough() {
        String path = anOrderPath();

        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(QUERY_SERVICES.receivedAt(path)).hasSize(1);
    }

    @Test
    void publishesTheUsersContextKeysToAnyoneFromCommandServices() {
        client.get()
                .uri(JWKS_PATH)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty")
                .isEqualTo("RSA")
                .jsonPath("$.keys[0].d")
                .doesNotExist();

        assertThat(COMMAND_SERVICES.receivedAt("GET", JWKS_PATH)).isNotEmpty();
    }

    @Test
    void answers503WhenTheUsersContextKeysCannotBeFetchedForATokenNamingANewKey() {
        String path = anOrderPath();
        COMMAND_SERVICES.answer("GET", JWKS_PATH, CannedAnswer.problem(503, "{\"status\":503}"));
        try {
            client.get()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, bearer(aTokenSignedWithAnUnknownKey()))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .exists(HttpHeaders.RETRY_AFTER)
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("SERVICE_UNAVAILABLE");
        } finally {
            COMMAND_SERVICES.answer("GET", JWKS_PATH, CannedAnswer.json(200, publishedKeySet()));
        }

        assertThat(QUERY_SERVICES.receivedAt(path)).isEmpty();
    }

    @Test
    void rejectsAnInvalidTokenEvenOnAPublicRoute() {
        String path = "/api/v1/events/" + UUID.randomUUID();

        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(anExpiredToken()))
                .exchange()
                .expectStatus()
                .isUnauthorized();

        assertThat(QUERY_SERVICES.receivedAt(path)).isEmpty();
    }

    private static String anOrderPath() {
        return "/api/v1/orders/" + UUID.randomUUID();
    }
}
