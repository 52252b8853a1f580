package com.ticketorleaveit.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.gateway.problem.ProblemWriter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class LockedAccountsTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final LockedAccounts locked =
            new LockedAccounts(new ObjectMapper(), new ProblemWriter(new ObjectMapper()), clock);
    private final AtomicInteger forwarded = new AtomicInteger();

    @Test
    void anAccountTheUsersContextLockedIsAnsweredHereUntilTheLockEnds() {
        login("ada@example.test", service(HttpStatus.TOO_MANY_REQUESTS, "4"));
        assertThat(forwarded).hasValue(1);

        MockServerWebExchange refused = login("ADA@example.test", service(HttpStatus.OK, null));

        assertThat(forwarded).as("not forwarded while locked").hasValue(1);
        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("4");
        assertThat(refused.getResponse().getBodyAsString().block()).contains("\"code\":\"TOO_MANY_LOGIN_ATTEMPTS\"");

        clock.now = NOW.plusSeconds(4);
        assertThat(login("ada@example.test", service(HttpStatus.OK, null))
                        .getResponse()
                        .getStatusCode())
                .as("the lock is over")
                .isEqualTo(HttpStatus.OK);
        assertThat(forwarded).hasValue(2);
    }

    @Test
    void otherAccountsAndTheGatewaysOwnRefusalsLockNothing() {
        login("ada@example.test", service(HttpStatus.TOO_MANY_REQUESTS, "60"));
        login("bob@example.test", gatewayRefusal());

        assertThat(login("eve@example.test", service(HttpStatus.OK, null))
                        .getResponse()
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(login("bob@example.test", service(HttpStatus.OK, null))
                        .getResponse()
                        .getStatusCode())
                .as("a 429 of the gateway's rate limiter says nothing of the account")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theBodyStillReachesTheService() {
        AtomicInteger seen = new AtomicInteger();
        GatewayFilterChain echo = exchange -> exchange.getRequest()
                .getBody()
                .doOnNext(buffer -> seen.addAndGet(buffer.readableByteCount()))
                .then();

        login("ada@example.test", echo);

        assertThat(seen.get()).isEqualTo(body("ada@example.test").length());
    }

    private MockServerWebExchange login(String email, GatewayFilterChain chain) {
        clock.now = clock.now == null ? NOW : clock.now;
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post(LoginFailureThrottle.LOGIN_PATH)
                .remoteAddress(new InetSocketAddress("203.0.113.7", 40000))
                .body(body(email)));
        locked.filter(exchange, chain).block();
        return exchange;
    }

    private static String body(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"a guess\"}";
    }

    /** The users context's answer, as the gateway's routing filter leaves it. */
    private GatewayFilterChain service(HttpStatus status, String retryAfter) {
        return exchange -> {
            forwarded.incrementAndGet();
            exchange.getAttributes().put(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR, new Object());
            exchange.getResponse().setStatusCode(status);
            if (retryAfter != null) {
                exchange.getResponse().getHeaders().set("Retry-After", retryAfter);
            }
            return Mono.empty();
        };
    }

    private static GatewayFilterChain gatewayRefusal() {
        return exchange -> {
            exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return Mono.empty();
        };
    }

    private static final class MutableClock extends Clock {
        Instant now;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
