package com.ticketorleaveit.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.gateway.problem.ProblemWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class LoginFailureThrottleTest {

    private static final int ALLOWED = 3;

    private final LoginFailureThrottle throttle = new LoginFailureThrottle(
            new InMemoryLoginFailures(ALLOWED, Duration.ofMinutes(10), 1000), new ProblemWriter(new ObjectMapper()));
    private final AtomicInteger forwarded = new AtomicInteger();

    @Test
    void anAddressPastItsAllowanceOfFailedLoginsIsRefusedWithoutReachingTheBackend() {
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(login("203.0.113.7", HttpStatus.UNAUTHORIZED)
                            .getResponse()
                            .getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        MockServerWebExchange refused = login("203.0.113.7", HttpStatus.OK);

        assertThat(forwarded).hasValue(ALLOWED);
        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(refused.getResponse().getHeaders().getFirst("Retry-After")))
                .isBetween(1L, 600L);
        assertThat(refused.getResponse().getBodyAsString().block()).contains("\"code\":\"TOO_MANY_LOGIN_ATTEMPTS\"");
    }

    @Test
    void successfulLoginsAndOtherAddressesAreNotCounted() {
        for (int i = 0; i < 10; i++) {
            login("203.0.113.8", HttpStatus.OK);
        }
        for (int i = 0; i < ALLOWED; i++) {
            login("203.0.113.9", HttpStatus.UNAUTHORIZED);
        }

        assertThat(login("203.0.113.8", HttpStatus.OK).getResponse().getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(login("203.0.113.10", HttpStatus.OK).getResponse().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void otherPathsAreLeftAlone() {
        for (int i = 0; i < ALLOWED + 2; i++) {
            var exchange = exchange("/api/v1/auth/refresh", "203.0.113.11");
            throttle.filter(exchange, answering(HttpStatus.UNAUTHORIZED)).block();
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private MockServerWebExchange login(String address, HttpStatus backendAnswer) {
        var exchange = exchange(LoginFailureThrottle.LOGIN_PATH, address);
        throttle.filter(exchange, answering(backendAnswer)).block();
        return exchange;
    }

    private static MockServerWebExchange exchange(String path, String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.post(path)
                .remoteAddress(new InetSocketAddress(address, 40000))
                .body("{\"email\":\"a@example.test\",\"password\":\"x\"}"));
    }

    private GatewayFilterChain answering(HttpStatus status) {
        return exchange -> {
            forwarded.incrementAndGet();
            exchange.getResponse().setStatusCode(status);
            return Mono.empty();
        };
    }
}
