package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import com.ticketorleaveit.gateway.support.StubBackend;
import com.ticketorleaveit.gateway.support.StubBackend.CannedAnswer;
import com.ticketorleaveit.gateway.support.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Three command-services replicas as the gateway is configured for production: one ready, one that answers but is not
 * ready (starting, shutting down, or not in the command bus ring), one that refuses connections. Only the ready one gets
 * calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplicaHealthCheckTest {

    /** The health group each replica keeps for the gateway. */
    private static final String READINESS = "/actuator/health/gateway";

    private static final StubBackend READY = StubBackend.start("command-services-ready");
    private static final StubBackend NOT_READY = StubBackend.start("command-services-not-ready");
    private static final int DEAD_PORT = aPortNobodyListensOn();

    static {
        READY.answer("GET", GatewayTestSupport.JWKS_PATH, CannedAnswer.json(200, TestTokens.publishedKeySet()));
        READY.answer("GET", READINESS, CannedAnswer.json(200, "{\"status\":\"UP\"}"));
        NOT_READY.answer("GET", READINESS, CannedAnswer.json(503, "{\"status\":\"OUT_OF_SERVICE\"}"));
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    private LoadBalancerClientFactory loadBalancers;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        String instances = "spring.cloud.discovery.client.simple.instances.command-services";
        registry.add(instances + "[0].uri", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add(instances + "[1].uri", NOT_READY::uri);
        registry.add(instances + "[2].uri", READY::uri);
        registry.add("ticketing.security.jwk-set-uri", () -> READY.uri() + GatewayTestSupport.JWKS_PATH);
    }

    @Test
    void balancesOnlyOverTheReplicasThatSayTheyAreReady() {
        List<ServiceInstance> balanced = loadBalancers
                .getInstance("command-services", ServiceInstanceListSupplier.class)
                .get()
                .filter(list -> !list.isEmpty())
                .blockFirst(Duration.ofSeconds(10));

        assertThat(balanced)
                .extracting(ServiceInstance::getUri)
                .extracting(Object::toString)
                .containsExactly(READY.uri());
        assertThat(NOT_READY.receivedAt("GET", READINESS)).isNotEmpty();
    }

    @Test
    void sendsNoCallToAReplicaThatIsNotReady() {
        for (int i = 0; i < 6; i++) {
            client.post()
                    .uri("/api/v1/users")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + aTokenForSomeone())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        assertThat(READY.receivedAt("POST", "/api/v1/users")).hasSize(6);
        assertThat(NOT_READY.receivedAt("POST", "/api/v1/users")).isEmpty();
    }

    private static int aPortNobodyListensOn() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
