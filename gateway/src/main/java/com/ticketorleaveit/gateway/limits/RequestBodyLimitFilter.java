package com.ticketorleaveit.gateway.limits;

import static com.ticketorleaveit.gateway.problem.Problems.problem;

import com.ticketorleaveit.gateway.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than {@code ticketing.gateway.max-request-body} with 413 problem+json, before any
 * other work (authentication included). A declared length is checked up front; a body sent in chunks is counted
 * as it streams to the backend and cut off at the limit. The services keep a limit of their own.
 */
@Component
public class RequestBodyLimitFilter implements WebFilter, Ordered {

    static final String CODE = "PAYLOAD_TOO_LARGE";

    private final long limit;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(@Value("${ticketing.gateway.max-request-body:1MB}") DataSize limit, ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        var counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                long[] seen = {0};
                return super.getBody().handle((buffer, sink) -> {
                    seen[0] += buffer.readableByteCount();
                    if (seen[0] > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(
                        error -> causedByTooLarge(error)
                                && !exchange.getResponse().isCommitted(),
                        error -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(
                exchange.getResponse(),
                problem(
                        HttpStatusCode.valueOf(413),
                        CODE,
                        "The request body is larger than " + limit + " bytes, the most this API accepts."));
    }

    private static boolean causedByTooLarge(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body over the limit", null, false, false);
        }
    }
}
