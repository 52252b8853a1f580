package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import com.ticketorleaveit.gateway.support.StubBackend;
import com.ticketorleaveit.gateway.support.StubBackend.ReceivedRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class RoutingTest extends GatewayTestSupport {

    /** The public contract: method, path (with a unique id where the path has one), backend, public or not. */
    static Stream<Arguments> contract() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                arguments(HttpMethod.POST, "/api/v1/users", COMMAND_SERVICES, true),
                arguments(HttpMethod.POST, "/api/v1/auth/token", COMMAND_SERVICES, true),
                arguments(HttpMethod.POST, "/api/v1/organizers", COMMAND_SERVICES, false),
                arguments(HttpMethod.PUT, "/api/v1/users/me/preferences", COMMAND_SERVICES, false),
                arguments(HttpMethod.PATCH, "/api/v1/users/me", COMMAND_SERVICES, false),
                arguments(HttpMethod.DELETE, "/api/v1/users/me", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/users/me/password", COMMAND_SERVICES, false),
                arguments(HttpMethod.PATCH, "/api/v1/organizers/me", COMMAND_SERVICES, false),
                arguments(HttpMethod.PUT, "/api/v1/admin/users/" + id + "/roles/ORGANIZER", COMMAND_SERVICES, false),
                arguments(HttpMethod.DELETE, "/api/v1/admin/users/" + id + "/roles/ORGANIZER", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/admin/users/" + id + "/deactivate", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/auth/refresh", COMMAND_SERVICES, true),
                arguments(HttpMethod.POST, "/api/v1/auth/logout", COMMAND_SERVICES, true),
                arguments(HttpMethod.POST, "/api/v1/vendors", COMMAND_SERVICES, false),
                arguments(HttpMethod.PATCH, "/api/v1/vendors/" + id, COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/vendors/" + id + "/deactivate", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/vendors/" + id + "/reactivate", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/events", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/events/" + id + "/publish", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/events/" + id + "/cancel", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/events/" + id + "/check-ins", COMMAND_SERVICES, false),
                arguments(HttpMethod.PUT, "/api/v1/events/" + id + "/door-staff/" + id, COMMAND_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/events/" + id + "/check-in-key", COMMAND_SERVICES, false),
                arguments(HttpMethod.PATCH, "/api/v1/events/" + id, COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/events/" + id + "/tiers", COMMAND_SERVICES, false),
                arguments(HttpMethod.PATCH, "/api/v1/events/" + id + "/tiers/" + id, COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/events/" + id + "/close-sales", COMMAND_SERVICES, false),
                arguments(HttpMethod.PUT, "/api/v1/events/" + id + "/vendors/" + id, COMMAND_SERVICES, false),
                arguments(HttpMethod.DELETE, "/api/v1/events/" + id + "/vendors/" + id, COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/orders", COMMAND_SERVICES, false),
                arguments(HttpMethod.POST, "/api/v1/orders/" + id + "/cancel", COMMAND_SERVICES, false),
                arguments(
                        HttpMethod.POST,
                        "/api/v1/events/" + id + "/tiers/" + id + "/waiting-list",
                        COMMAND_SERVICES,
                        false),
                arguments(
                        HttpMethod.DELETE,
                        "/api/v1/events/" + id + "/tiers/" + id + "/waiting-list/me",
                        COMMAND_SERVICES,
                        false),
                arguments(HttpMethod.POST, "/api/v1/payments/webhooks/simulated", COMMAND_SERVICES, true),
                arguments(HttpMethod.GET, "/api/v1/events", QUERY_SERVICES, true),
                arguments(HttpMethod.GET, "/api/v1/events/" + id, QUERY_SERVICES, true),
                arguments(HttpMethod.GET, "/api/v1/events/" + id + "/refunds", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/events/" + id + "/dashboard", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/vendors", QUERY_SERVICES, true),
                arguments(HttpMethod.GET, "/api/v1/vendors/" + id, QUERY_SERVICES, true),
                arguments(
                        HttpMethod.GET,
                        "/api/v1/events/" + id + "/tiers/" + id + "/waiting-list/me",
                        QUERY_SERVICES,
                        false),
                arguments(HttpMethod.GET, "/api/v1/orders", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/orders/" + id, QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/orders/" + id + "/tickets/CODE/qr", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/users/me", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/users/me/events", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/organizers/" + id, QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/organizers/me/events", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/payments", QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/payments/" + id, QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/notifications/" + id, QUERY_SERVICES, false),
                arguments(HttpMethod.GET, "/api/v1/admin/reconciliation", QUERY_SERVICES, false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("contract")
    void forwardsEachContractEndpointUnchangedToItsBackend(
            HttpMethod method, String path, StubBackend backend, boolean isPublic) {
        String token = aTokenForSomeone();
        int before = backend.receivedAt(path).size();

        client.method(method)
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.servedBy")
                .isEqualTo(backend == COMMAND_SERVICES ? "command-services" : "query-services");

        List<ReceivedRequest> received = backend.receivedAt(path);
        assertThat(received).hasSize(before + 1);
        assertThat(received.get(received.size() - 1).method()).isEqualTo(method.name());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("contract")
    void requiresATokenExactlyOnTheNonPublicEndpoints(
            HttpMethod method, String path, StubBackend backend, boolean isPublic) {
        var response = client.method(method).uri(path).exchange();

        if (isPublic) {
            response.expectStatus().isOk();
        } else {
            response.expectStatus().isUnauthorized();
        }
    }

    @Test
    void routesAnAnonymousPublicReadToQueryServices() {
        String path = "/api/v1/events/" + UUID.randomUUID();

        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.servedBy")
                .isEqualTo("query-services");

        assertThat(QUERY_SERVICES.receivedAt(path)).hasSize(1);
        assertThat(COMMAND_SERVICES.receivedAt(path)).isEmpty();
    }

    @Test
    void routesAnAuthenticatedWriteToCommandServicesWithAuthorizationAndBodyForwarded() {
        String token = aTokenForSomeone();
        String path = "/api/v1/events/" + UUID.randomUUID() + "/publish";
        String body = "{\"note\":\"publish it\"}";

        client.post()
                .uri(path + "?dryRun=false")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.servedBy")
                .isEqualTo("command-services");

        assertThat(COMMAND_SERVICES.receivedAt(path)).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.query()).isEqualTo("dryRun=false");
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
            assertThat(request.body()).isEqualTo(body);
        });
        assertThat(QUERY_SERVICES.receivedAt(path)).isEmpty();
    }

    /** The services' API documents (ADR 27): public, each read from its own service at the service's own path. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"command-services", "query-services"})
    void servesEachServicesApiDocumentToAnyoneFromThatService(String service) {
        StubBackend backend = service.equals("command-services") ? COMMAND_SERVICES : QUERY_SERVICES;
        StubBackend other = backend == COMMAND_SERVICES ? QUERY_SERVICES : COMMAND_SERVICES;
        int before = backend.receivedAt("/v3/api-docs").size();
        int otherBefore = other.receivedAt("/v3/api-docs").size();

        client.get()
                .uri("/v3/api-docs/" + service)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.servedBy")
                .isEqualTo(service);

        assertThat(backend.receivedAt("/v3/api-docs")).hasSize(before + 1);
        assertThat(other.receivedAt("/v3/api-docs")).hasSize(otherBefore);
    }

    @Test
    void stripsIdentityHeadersSentByTheClient() {
        String path = "/api/v1/orders/" + UUID.randomUUID();

        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .header("X-User-Id", "00000000-0000-0000-0000-000000000001")
                .header("x-user-roles", "ADMIN")
                .header("X-Request-Id", "kept")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(QUERY_SERVICES.receivedAt(path)).singleElement().satisfies(request -> {
            assertThat(request.headers().keySet())
                    .noneMatch(name -> name.toLowerCase().startsWith("x-user-"));
            assertThat(request.header("X-Request-Id")).isEqualTo("kept");
        });
    }
}
