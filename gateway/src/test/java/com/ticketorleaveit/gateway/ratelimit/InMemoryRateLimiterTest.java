package com.ticketorleaveit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;
import org.springframework.http.HttpHeaders;

class InMemoryRateLimiterTest {

    private static final int BURST = 3;

    /** One token back per second: far slower than the calls below. */
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, BURST, 100);

    @Test
    void allowsTheBurstThenRefusesWithRetryAfter() {
        for (int i = 1; i <= BURST; i++) {
            Response response = ask("orders-commands", "user:alice");
            assertThat(response.isAllowed()).isTrue();
            assertThat(response.getHeaders())
                    .containsEntry(InMemoryRateLimiter.REMAINING_HEADER, String.valueOf(BURST - i))
                    .doesNotContainKey(HttpHeaders.RETRY_AFTER);
        }

        Response refused = ask("orders-commands", "user:alice");

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry(HttpHeaders.RETRY_AFTER, "1");
    }

    @Test
    void keepsOneBucketPerClientAndRoute() {
        spend("orders-commands", "user:alice");

        assertThat(ask("orders-commands", "user:bob").isAllowed()).isTrue();
        assertThat(ask("orders-queries", "user:alice").isAllowed()).isTrue();
        assertThat(ask("orders-commands", "user:alice").isAllowed()).isFalse();
    }

    @Test
    void refillsAtTheReplenishRate() throws InterruptedException {
        InMemoryRateLimiter fast = new InMemoryRateLimiter(100, 1, 100);
        assertThat(fast.isAllowed("route", "client").block().isAllowed()).isTrue();
        assertThat(fast.isAllowed("route", "client").block().isAllowed()).isFalse();

        Thread.sleep(50); // 100 per second: a token is back after 10 ms

        assertThat(fast.isAllowed("route", "client").block().isAllowed()).isTrue();
    }

    @Test
    void forgetsTheLeastRecentlySeenClientBeyondItsBound() {
        InMemoryRateLimiter small = new InMemoryRateLimiter(1, 1, 2);
        small.isAllowed("route", "first").block();
        small.isAllowed("route", "second").block();
        small.isAllowed("route", "first").block(); // refused, and now the most recently seen
        small.isAllowed("route", "third").block(); // evicts "second"

        assertThat(small.isAllowed("route", "first").block().isAllowed()).isFalse();
        assertThat(small.isAllowed("route", "second").block().isAllowed()).isTrue();
    }

    private void spend(String route, String client) {
        for (int i = 0; i < BURST; i++) {
            ask(route, client);
        }
    }

    private Response ask(String route, String client) {
        return limiter.isAllowed(route, client).block();
    }
}
