package com.ticketorleaveit.gateway.security;

import static com.ticketorleaveit.gateway.problem.Problems.problem;

import com.ticketorleaveit.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json with an RFC 6750 challenge: {@code Bearer} when no token came, {@code Bearer
 * error="invalid_token"} when it was expired, tampered with or otherwise rejected.
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean rejectedToken = e instanceof OAuth2AuthenticationException;
        exchange.getResponse()
                .getHeaders()
                .set(HttpHeaders.WWW_AUTHENTICATE, rejectedToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = rejectedToken
                ? "The access token is invalid or expired."
                : "This endpoint needs an access token (Authorization: Bearer ...).";
        return problems.write(exchange.getResponse(), problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", detail));
    }
}
