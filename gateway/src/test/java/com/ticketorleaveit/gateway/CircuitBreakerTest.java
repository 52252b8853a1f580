package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import com.ticketorleaveit.gateway.support.StubBackend.CannedAnswer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CircuitBreakerTest extends GatewayTestSupport {

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @Test
    void answers503ProblemWhenTheBackendIsTooSlow() {
        String path = "/api/v1/events/" + UUID.randomUUID();
        QUERY_SERVICES.answer("GET", path, CannedAnswer.json(200, "{}").after(Duration.ofSeconds(3)));

        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.detail")
                .isEqualTo("query-services did not answer in time.");
    }

    @Test
    void letsAClientWaitForItsOrderLongerThanOtherReadsMayTake() {
        // other routes give up after the tests' 1 s; an order's ?waitFor= may take up to 30 s
        String path = "/api/v1/orders/" + UUID.randomUUID();
        QUERY_SERVICES.answer("GET", path, CannedAnswer.json(200, "{}").after(Duration.ofSeconds(2)));

        client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void passesABackendConflictThroughUnchangedWithoutCountingItAsAFailure() {
        String path = "/api/v1/events/" + UUID.randomUUID() + "/publish";
        String problem = "{\"type\":\"urn:problem:ticketing:event-already-published\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"The event is already published.\",\"code\":\"EVENT_ALREADY_PUBLISHED\"}";
        COMMAND_SERVICES.answer("POST", path, CannedAnswer.problem(409, problem));
        CircuitBreaker.Metrics metrics =
                circuitBreakers.circuitBreaker("events-commands").getMetrics();
        int failedBefore = metrics.getNumberOfFailedCalls();
        int succeededBefore = metrics.getNumberOfSuccessfulCalls();

        client.post()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .isEqualTo(problem);

        assertThat(metrics.getNumberOfFailedCalls()).isEqualTo(failedBefore);
        assertThat(metrics.getNumberOfSuccessfulCalls()).isEqualTo(succeededBefore + 1);
    }

    @Test
    void countsAFailedCancellationApartFromPurchases() {
        String path = "/api/v1/orders/" + UUID.randomUUID() + "/cancel";
        COMMAND_SERVICES.answer("POST", path, CannedAnswer.json(200, "{}").after(Duration.ofSeconds(3)));
        CircuitBreaker.Metrics purchases =
                circuitBreakers.circuitBreaker("orders-commands").getMetrics();
        CircuitBreaker.Metrics cancellations =
                circuitBreakers.circuitBreaker("orders-cancellation").getMetrics();
        int purchasesFailedBefore = purchases.getNumberOfFailedCalls();
        int cancellationsFailedBefore = cancellations.getNumberOfFailedCalls();

        client.post()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(aTokenForSomeone()))
                .exchange()
                .expectStatus()
                .isEqualTo(503);

        assertThat(cancellations.getNumberOfFailedCalls()).isEqualTo(cancellationsFailedBefore + 1);
        assertThat(purchases.getNumberOfFailedCalls()).isEqualTo(purchasesFailedBefore);
    }

    @Test
    void doesNotAnswerTheFallbackPathDirectly() {
        client.get()
                .uri("/fallback/command-services")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("NOT_FOUND");
    }
}
