package com.ticketorleaveit.gateway.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ticketorleaveit.gateway.problem.ProblemWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Remembers the accounts the users context has locked against password guessing (ADR 25) and answers their logins
 * itself, 429 {@code TOO_MANY_LOGIN_ATTEMPTS} with the time left, until the lock ends: a guess at a locked account
 * then costs a look-up here instead of a call to command-services. The users context stays the judge: the gateway
 * learns a lock only from its 429 and its {@code Retry-After}, and forgets it when that time is up, so each gateway
 * replica learns on its own and none holds an account longer than the users context does (to the second above).
 */
class LockedAccounts implements GlobalFilter, Ordered {

    /** Locks last at most 15 minutes (ADR 25); an entry lives a little longer, then goes. */
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(16);

    private static final int MAX_TRACKED_ACCOUNTS = 100_000;

    private final ObjectMapper json;
    private final ProblemWriter problems;
    private final Clock clock;
    private final Cache<String, Instant> lockedUntil = Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED_ACCOUNTS)
            .expireAfterWrite(LONGEST_LOCK)
            .build();

    LockedAccounts(ObjectMapper json, ProblemWriter problems, Clock clock) {
        this.json = json;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!LoginFailureThrottle.isLogin(exchange)) {
            return chain.filter(exchange);
        }
        return ServerWebExchangeUtils.cacheRequestBodyAndRequest(exchange, withBody -> {
            String account = account(exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR));
            Instant until = account == null ? null : lockedUntil.getIfPresent(account);
            Instant now = clock.instant();
            if (until != null && now.isBefore(until)) {
                // worded as the users context words it: one answer for a locked account, wherever it comes from
                return LoginFailureThrottle.refuse(
                        problems, exchange, Duration.between(now, until), "for this email address");
            }
            return chain.filter(exchange.mutate().request(withBody).build())
                    .then(Mono.fromRunnable(() -> learn(exchange, account)));
        });
    }

    /**
     * A 429 of the users context names how long the account stays locked. Only the service's own answer counts: a 429
     * of the gateway's rate limiter says nothing about the account.
     */
    private void learn(ServerWebExchange exchange, String account) {
        var response = exchange.getResponse();
        var status = response.getStatusCode();
        String retryAfter = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (account == null
                || status == null
                || status.value() != HttpStatus.TOO_MANY_REQUESTS.value()
                || exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR) == null) {
            return;
        }
        try {
            long seconds = Long.parseLong(retryAfter == null ? "" : retryAfter.trim());
            if (seconds > 0) {
                lockedUntil.put(account, clock.instant().plusSeconds(Math.min(seconds, LONGEST_LOCK.toSeconds())));
            }
        } catch (NumberFormatException e) {
            // a date or nothing: not one of the users context's answers, nothing learned
        }
    }

    /** The login's email, as the users context compares it (case-insensitively); null when the body names none. */
    private String account(DataBuffer body) {
        if (body == null) {
            return null;
        }
        try {
            JsonNode email =
                    json.readTree(body.toString(StandardCharsets.UTF_8)).path("email");
            return email.isTextual() ? email.asText().toLowerCase(Locale.ROOT) : null;
        } catch (IOException e) {
            return null; // not JSON: the users context answers it
        }
    }

    /** Right after the per-address throttle, before the route's own filters. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 11;
    }
}
