package com.ticketorleaveit.gateway.login;

import static com.ticketorleaveit.gateway.problem.Problems.problem;

import com.ticketorleaveit.gateway.problem.ProblemWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Slows down password guessing from one address, whichever accounts it tries (credential stuffing): the login
 * route's 401 answers are counted per connecting address, and past the allowance the address's logins are refused
 * with 429 {@code TOO_MANY_LOGIN_ATTEMPTS} until the window lets it try again, without reaching the users context.
 * The users context throttles each account on its side, whichever addresses the guesses come from.
 */
class LoginFailureThrottle implements GlobalFilter, Ordered {

    static final String LOGIN_PATH = "/api/v1/auth/token";
    static final String CODE = "TOO_MANY_LOGIN_ATTEMPTS";

    private final LoginFailures failures;
    private final ProblemWriter problems;

    LoginFailureThrottle(LoginFailures failures, ProblemWriter problems) {
        this.failures = failures;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!isLogin(exchange)) {
            return chain.filter(exchange);
        }
        String address = address(exchange.getRequest().getRemoteAddress());
        return failures.blockedFor(address)
                .flatMap(wait ->
                        refuse(problems, exchange, wait, "from this address").thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange)
                        .then(Mono.defer(() -> rejected(exchange) ? failures.failed(address) : Mono.empty()))
                        .thenReturn(true)))
                .then();
    }

    private static boolean rejected(ServerWebExchange exchange) {
        var status = exchange.getResponse().getStatusCode();
        return status != null && status.value() == HttpStatus.UNAUTHORIZED.value();
    }

    static boolean isLogin(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        return request.getMethod() == HttpMethod.POST
                && LOGIN_PATH.equals(request.getPath().value());
    }

    /** 429 {@code TOO_MANY_LOGIN_ATTEMPTS} with the seconds to wait, "Too many failed logins {@code whose}; …". */
    static Mono<Void> refuse(ProblemWriter problems, ServerWebExchange exchange, Duration wait, String whose) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return problems.write(
                exchange.getResponse(),
                problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        CODE,
                        "Too many failed logins " + whose + "; try again in " + seconds + " s."));
    }

    private static String address(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }

    /** Before the route's own filters: a refused address costs neither a rate-limit token nor a backend call. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
