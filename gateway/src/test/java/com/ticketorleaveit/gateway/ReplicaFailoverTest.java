package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import com.ticketorleaveit.gateway.support.StubBackend;
import com.ticketorleaveit.gateway.support.StubBackend.CannedAnswer;
import com.ticketorleaveit.gateway.support.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two command-services replicas, one of which refuses connections (it died, or was stopped), and a query-services whose
 * only replica refuses them too. The replicas' health checks are switched off here, so that every other call is sent
 * to the dead replica, as calls are in the moments before a health check notices it: the routes' retry is what is
 * tested.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.loadbalancer.configurations=default")
class ReplicaFailoverTest {

    private static final StubBackend LIVE_REPLICA = StubBackend.start("command-services-live");
    private static final int DEAD_PORT = aPortNobodyListensOn();

    static {
        LIVE_REPLICA.answer("GET", GatewayTestSupport.JWKS_PATH, CannedAnswer.json(200, TestTokens.publishedKeySet()));
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        // round robin sends every other attempt to the dead replica
        registry.add("spring.cloud.discovery.client.simple.instances.command-services[0].uri", () -> dead());
        registry.add("spring.cloud.discovery.client.simple.instances.command-services[1].uri", LIVE_REPLICA::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.query-services[0].uri", () -> dead());
        registry.add("ticketing.security.jwk-set-uri", () -> LIVE_REPLICA.uri() + GatewayTestSupport.JWKS_PATH);
    }

    @Test
    void placesEveryOrderOnceOnTheLiveReplicaWithoutCountingTheDeadOneAsAFailure() {
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("orders-commands");
        int failedBefore = breaker.getMetrics().getNumberOfFailedCalls();
        int placedBefore = LIVE_REPLICA.receivedAt("POST", "/api/v1/orders").size();

        for (int i = 0; i < 10; i++) {
            String key = UUID.randomUUID().toString();
            client.post()
                    .uri("/api/v1/orders")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + aTokenForSomeone())
                    .header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"order\":\"" + key + "\"}")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        // each order reached the live replica once, with its body, though round robin sends every other attempt to the
        // dead one
        var placed = LIVE_REPLICA.receivedAt("POST", "/api/v1/orders");
        assertThat(placed).hasSize(placedBefore + 10);
        assertThat(placed.subList(placedBefore, placed.size()))
                .allSatisfy(order -> assertThat(order.body()).contains(order.header("Idempotency-Key")));
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(failedBefore);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void doesNotSendAgainAWriteWhoseConnectionWasCutAfterItReachedAReplica() {
        String path = "/api/v1/orders/" + UUID.randomUUID() + "/cancel";
        LIVE_REPLICA.answer("POST", path, CannedAnswer.hangUp());

        // whichever replica the load balancer picks first, the write ends on the live one: once
        client.post()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + aTokenForSomeone())
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(LIVE_REPLICA.receivedAt("POST", path)).hasSize(1);
    }

    @Test
    void doesNotSendAgainAWriteThatAReplicaAnsweredWithAServerError() {
        String path = "/api/v1/events/" + UUID.randomUUID() + "/publish";
        LIVE_REPLICA.answer(
                "POST",
                path,
                CannedAnswer.problem(
                        503, "{\"status\":503,\"code\":\"SERVICE_UNAVAILABLE\",\"detail\":\"retry shortly\"}"));

        client.post()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + aTokenForSomeone())
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("retry shortly");

        assertThat(LIVE_REPLICA.receivedAt("POST", path)).hasSize(1);
    }

    @Test
    void answers503ProblemWithRetryAfterWhenNoReplicaTakesTheConnection() {
        String path = "/api/v1/events/" + UUID.randomUUID();

        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + aTokenForSomeone())
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.detail")
                .isEqualTo("query-services is not reachable right now.")
                .jsonPath("$.instance")
                .isEqualTo(path);
    }

    private static String dead() {
        return "http://127.0.0.1:" + DEAD_PORT;
    }

    private static int aPortNobodyListensOn() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
