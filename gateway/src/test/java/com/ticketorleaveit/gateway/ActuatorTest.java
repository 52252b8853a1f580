package com.ticketorleaveit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;

class ActuatorTest extends GatewayTestSupport {

    @Autowired
    private ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void reportsHealthAndProbesUpWithoutAToken(String path) {
        client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsIncludingTheCircuitBreakers() {
        client.get().uri("/api/v1/vendors").exchange().expectStatus().isOk();

        client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .contains("jvm_memory_used_bytes")
                        .contains("resilience4j_circuitbreaker_state{"));
    }

    @Test
    void exposesInfo() {
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void leavesRedisAloneWhenRateLimitsAreKeptInMemory() {
        assertThat(context.getBeanNamesForType(ReactiveRedisConnectionFactory.class))
                .isEmpty();
    }
}
