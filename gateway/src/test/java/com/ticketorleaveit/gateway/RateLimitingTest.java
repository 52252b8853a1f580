package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class RateLimitingTest extends GatewayTestSupport {

    @Autowired
    private MeterRegistry meters;

    private static final String PATH = "/api/v1/users/me";

    @BeforeEach
    void warmUpTheRoute() {
        // the first call through a route is slow (load balancer set-up); keep it out of the timed bursts below
        callAs(aTokenForSomeone());
    }

    @Test
    void answers429ProblemWithRetryAfterOnceTheBurstIsSpent() {
        String token = aTokenForSomeone();

        List<EntityExchangeResult<String>> results = callUntilRefused(token);

        assertThat(results.subList(0, BURST))
                .allSatisfy(result -> assertThat(result.getStatus().value()).isEqualTo(200));
        EntityExchangeResult<String> refused = results.get(results.size() - 1);
        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .matches("\\d+")
                .satisfies(seconds -> assertThat(Integer.parseInt(seconds)).isGreaterThanOrEqualTo(1));
        String body = refused.getResponseBody();
        assertThat(JsonPath.<String>read(body, "$.code")).isEqualTo("RATE_LIMITED");
        assertThat(JsonPath.<Integer>read(body, "$.status")).isEqualTo(429);
        assertThat(JsonPath.<String>read(body, "$.type")).isEqualTo("urn:problem:ticketing:rate-limited");
        assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo("Too Many Requests");
        assertThat(JsonPath.<String>read(body, "$.detail")).isNotBlank();
        long forwarded = QUERY_SERVICES.receivedAt(PATH).stream()
                .filter(request -> bearer(token).equals(request.header(HttpHeaders.AUTHORIZATION)))
                .count();
        assertThat(forwarded).isEqualTo(results.size() - 1);
    }

    @Test
    void countsEachRefusalPerRoute() {
        double before = refusedOnUsersQueries();

        callUntilRefused(aTokenForSomeone());

        assertThat(refusedOnUsersQueries()).isEqualTo(before + 1);
    }

    @Test
    void limitsEachClientOnItsOwn() {
        callUntilRefused(aTokenForSomeone());

        assertThat(callAs(aTokenForSomeone()).getStatus().value()).isEqualTo(200);
    }

    /**
     * Calls until the first 429, at most twice the burst: a token trickles back every second, so on a slow machine a
     * call or two more may pass before the refusal.
     */
    private List<EntityExchangeResult<String>> callUntilRefused(String token) {
        List<EntityExchangeResult<String>> results = new ArrayList<>();
        for (int i = 0; i < 2 * BURST; i++) {
            EntityExchangeResult<String> result = callAs(token);
            results.add(result);
            if (result.getStatus().value() == 429) {
                return results;
            }
        }
        throw new AssertionError("no 429 within " + 2 * BURST + " calls");
    }

    private double refusedOnUsersQueries() {
        return meters.get("ticketing.gateway.rate.limited")
                .tag("route", "users-queries")
                .counter()
                .count();
    }

    private EntityExchangeResult<String> callAs(String token) {
        return client.get()
                .uri(PATH)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }
}
