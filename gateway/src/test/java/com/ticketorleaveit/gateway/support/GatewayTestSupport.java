package com.ticketorleaveit.gateway.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of two stub backends. Every test class extends this one, so they all share
 * one Spring context. Limits are small so that tests can reach them: a burst of 5 per route and client, a 1 s time
 * limit. Tests use a fresh token subject (or a fresh path) each, so they do not spend one another's tokens.
 */
@AutoConfigureObservability(
        tracing = false) // Boot switches metrics export off in tests; /actuator/prometheus is tested
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ticketing.gateway.rate-limit.burst=" + GatewayTestSupport.BURST,
            "ticketing.gateway.rate-limit.replenish-per-second=1",
            "resilience4j.timelimiter.configs.default.timeout-duration=1s"
        })
public abstract class GatewayTestSupport {

    public static final int BURST = 5;
    public static final String JWKS_PATH = "/.well-known/jwks.json";

    protected static final StubBackend COMMAND_SERVICES = StubBackend.start("command-services");
    protected static final StubBackend QUERY_SERVICES = StubBackend.start("query-services");

    static {
        // the users context publishes its public keys from command-services, where the gateway fetches them
        COMMAND_SERVICES.answer("GET", JWKS_PATH, StubBackend.CannedAnswer.json(200, TestTokens.publishedKeySet()));
    }

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.command-services[0].uri", COMMAND_SERVICES::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.query-services[0].uri", QUERY_SERVICES::uri);
        registry.add("ticketing.security.jwk-set-uri", () -> COMMAND_SERVICES.uri() + JWKS_PATH);
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
