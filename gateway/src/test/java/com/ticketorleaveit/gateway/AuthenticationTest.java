package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTamperedToken;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenFromAnotherIssuer;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenSignedWithAnotherKey;
import static com.ticketorleaveit.gateway.support.TestTokens.aTokenWithoutExpiry;
import static com.ticketorleaveit.gateway.support.TestTokens.anExpiredToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
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
                arguments("signed with another key", aTokenSignedWithAnotherKey()),
                arguments("from another issuer", aTokenFromAnotherIssuer()),
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
