package com.ticketorleaveit.gateway.fallback;

import static com.ticketorleaveit.gateway.problem.Problems.problem;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker sends a call that failed: connection refused, no instance, too slow, or the circuit
 * is open. Backend answers, 4xx and 5xx alike, never come here.
 */
@RestController
class FallbackController {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            // only reachable as the forward of a circuit breaker, not as a path of its own
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        log.warn("Route {} to {} failed: {}", route == null ? "?" : route.getId(), service, failure.toString());
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", detail(service, failure));
        // the client's path, not /fallback/... (WebFlux would fill in the forwarded one)
        Set<URI> requested = exchange.getAttributeOrDefault(GATEWAY_ORIGINAL_REQUEST_URL_ATTR, Set.of());
        requested.stream().findFirst().map(uri -> URI.create(uri.getRawPath())).ifPresent(problem::setInstance);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(String service, Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return service + " is failing; calls are paused for a moment.";
        }
        if (failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException) {
            return service + " did not answer in time.";
        }
        return service + " is not reachable right now.";
    }
}
