package com.ticketorleaveit.gateway.problem;

import static com.ticketorleaveit.gateway.problem.Problems.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Errors raised by the gateway itself (no route, unexpected failures) leave as problem+json. Runs before Boot's
 * error handler (order -1). Backend answers never get here: they are proxied as they are.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter problems;

    ProblemExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        return problems.write(exchange.getResponse(), toProblem(ex));
    }

    private static ProblemDetail toProblem(Throwable ex) {
        if (ex instanceof ResponseStatusException e) {
            HttpStatusCode status = e.getStatusCode();
            HttpStatus known = HttpStatus.resolve(status.value());
            String code = known == null ? "HTTP_" + status.value() : known.name();
            if (status.value() == HttpStatus.NOT_FOUND.value()) {
                return problem(status, code, "No resource matches this method and path.");
            }
            if (status.is4xxClientError()) {
                return problem(status, code, e.getReason() == null ? "The request was refused." : e.getReason());
            }
            log.error("Gateway failure", ex);
            return problem(status, code, "The gateway could not handle the request.");
        }
        log.error("Unexpected gateway error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong on our side.");
    }
}
