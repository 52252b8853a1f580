package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class UnroutedPathsTest extends GatewayTestSupport {

    @Value("${local.server.port}")
    private int port;

    @Test
    void answers404ProblemForAnUnknownPath() {
        client.get()
                .uri("/nowhere")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.code")
                .isEqualTo("NOT_FOUND")
                .jsonPath("$.type")
                .isEqualTo("urn:problem:ticketing:not-found")
                .jsonPath("$.title")
                .isEqualTo("Not Found")
                .jsonPath("$.detail")
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/nowhere",
        "DELETE, /api/v1/events/{id}",
        "PUT, /api/v1/orders/{id}",
        "DELETE, /api/v1/orders",
        "GET, /api/v1/orders/{id}/cancel",
        "POST, /api/v1/orders/{id}/cancel/{id}",
        "GET, /api/v1/events/{id}/check-ins",
        "POST, /api/v1/events/{id}/door-staff/{id}",
        "GET, /api/v1/orders/{id}/tickets/{id}",
        "POST, /api/v1/users/me",
        "PUT, /api/v1/users/me",
        "GET, /api/v1/users/me/password",
        "PUT, /api/v1/users/me/password",
        "POST, /api/v1/users/me/events",
        "DELETE, /api/v1/users/{id}",
        "PATCH, /api/v1/users/{id}",
        "GET, /api/v1/auth/logout",
        "POST, /api/v1/admin/reconciliation",
        "DELETE, /api/v1/vendors/{id}",
        "GET, /api/v1/vendors/{id}/deactivate",
        "POST, /api/v1/vendors/{id}/suspend",
        "GET, /api/v2/events"
    })
    void answers404ProblemForAnUnknownApiPathOrMethodEvenWithAToken(HttpMethod method, String template) {
        String path = template.replace("{id}", UUID.randomUUID().toString());

        client.method(method)
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("NOT_FOUND");

        assertThat(COMMAND_SERVICES.receivedAt(method.name(), path)).isEmpty();
        assertThat(QUERY_SERVICES.receivedAt(method.name(), path)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /member-capabilities",
        "POST, /spring-command-bus-connector/command",
        "GET, /actuator/env",
        "GET, /actuator/gateway/routes",
        "GET, /api/v1/member-capabilities",
        "POST, /api/v1/spring-command-bus-connector/command"
    })
    void doesNotForwardTheServicesInternalEndpoints(HttpMethod method, String path) {
        client.method(method)
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isNotFound();

        assertThat(COMMAND_SERVICES.receivedAt(path)).isEmpty();
        assertThat(QUERY_SERVICES.receivedAt(path)).isEmpty();
    }

    /**
     * {@code /api/v1/payments/**} is routed with a wildcard; a backend normalising {@code ..} would serve its internal
     * endpoint. The gateway refuses such paths before routing.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/payments/../../../member-capabilities",
                "/api/v1/payments/%2e%2e/%2e%2e/%2e%2e/member-capabilities",
                "/api/v1/payments/..%2f..%2f..%2fmember-capabilities",
                "/api/v1/payments/x/..;/..;/..;/..;/member-capabilities",
                "/api/v1/admin/../../../member-capabilities",
                "/api/v1/../member-capabilities"
            })
    void refusesPathsThatClimbOutOfTheApi(String rawPath) {
        client.get()
                .uri(URI.create("http://localhost:" + port + rawPath))
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("BAD_REQUEST");

        assertThat(QUERY_SERVICES.receivedContaining("member-capabilities")).isEmpty();
        assertThat(COMMAND_SERVICES.receivedContaining("member-capabilities")).isEmpty();
    }
}
