package com.ticketorleaveit.gateway.ratelimit;

import static com.ticketorleaveit.gateway.problem.Problems.problem;

import com.ticketorleaveit.gateway.problem.ProblemWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Gives the {@code RequestRateLimiter} filter's refusal a body. That filter only sets 429 and completes the response
 * empty; this decorator turns exactly that completion into a problem document with {@code Retry-After}. Backend
 * answers (also a backend's own 429) are written with {@code writeWith} and pass untouched. Each refusal is counted,
 * per route: {@code ticketing.gateway.rate.limited{route}}, every configured route's counter there from the start, so
 * that the first refusal is an increase.
 */
class RateLimitedProblemFilter implements GlobalFilter, Ordered {

    /** Redis' limiter names no wait; at any replenish rate of at least one per second a token is back within it. */
    private static final String DEFAULT_RETRY_AFTER_SECONDS = "1";

    static final String REFUSED = "ticketing.gateway.rate.limited";

    private final ProblemWriter problems;
    private final MeterRegistry registry;

    RateLimitedProblemFilter(ProblemWriter problems, MeterRegistry registry, List<String> routeIds) {
        this.problems = problems;
        this.registry = registry;
        routeIds.forEach(this::counter);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                if (getStatusCode() != null && getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
                    getHeaders().putIfAbsent(HttpHeaders.RETRY_AFTER, List.of(DEFAULT_RETRY_AFTER_SECONDS));
                    refused(exchange);
                    return problems.write(
                            getDelegate(),
                            problem(
                                    HttpStatus.TOO_MANY_REQUESTS,
                                    "RATE_LIMITED",
                                    "Too many requests; retry after the number of seconds in Retry-After."));
                }
                return super.setComplete();
            }
        };
        return chain.filter(exchange.mutate().response(response).build());
    }

    private void refused(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        counter(route == null ? "none" : route.getId()).increment();
    }

    private Counter counter(String routeId) {
        return Counter.builder(REFUSED)
                .description("Requests the gateway refused because their client's rate limit was spent")
                .tag("route", routeId)
                .register(registry);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
