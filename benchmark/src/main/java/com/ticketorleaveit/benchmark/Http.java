package com.ticketorleaveit.benchmark;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Asynchronous HTTP/1.1 to the gateway over a bounded pool of keep-alive connections (Reactor Netty). Calls return at
 * once; their answers complete on the client's event-loop threads. A call that finds every connection busy waits in
 * the pool's queue, and that wait counts in its latency.
 */
final class Http implements AutoCloseable {

    /** An answer: its status and body; status -1 when no answer came (connection refused, reset, timeout). */
    record Reply(int status, String body) {

        boolean is(int expected) {
            return status == expected;
        }
    }

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(45);

    private final ConnectionProvider pool;
    private final HttpClient client;

    /**
     * @param name names the pool in errors
     * @param maxConnections connections open at most; further calls queue
     */
    Http(String name, String baseUrl, int maxConnections, LoopResources loops) {
        this.pool = ConnectionProvider.builder(name)
                .maxConnections(maxConnections)
                // an open-model load never drops what it offers: waiters queue without bound, and their wait is
                // part of their latency
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofMinutes(10))
                .maxIdleTime(Duration.ofSeconds(50))
                .build();
        this.client = HttpClient.create(pool)
                .runOn(loops)
                .baseUrl(baseUrl)
                .keepAlive(true)
                .responseTimeout(RESPONSE_TIMEOUT)
                .headers(headers -> headers.set(HttpHeaderNames.ACCEPT, "application/json, application/problem+json"));
    }

    CompletableFuture<Reply> get(String path, String token) {
        return exchange(authorized(token, null).get().uri(path));
    }

    CompletableFuture<Reply> post(String path, String token, String json, String idempotencyKey) {
        return exchange(authorized(token, idempotencyKey)
                .headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
                .post()
                .uri(path)
                .send(ByteBufFlux.fromString(Mono.just(json))));
    }

    private HttpClient authorized(String token, String idempotencyKey) {
        if (token == null && idempotencyKey == null) {
            return client;
        }
        return client.headers(headers -> {
            if (token != null) {
                headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
            }
            if (idempotencyKey != null) {
                headers.set("Idempotency-Key", idempotencyKey);
            }
        });
    }

    private static CompletableFuture<Reply> exchange(HttpClient.ResponseReceiver<?> request) {
        return request.responseSingle((response, body) -> body.asString()
                        .defaultIfEmpty("")
                        .map(text -> new Reply(response.status().code(), text)))
                .onErrorResume(error -> Mono.just(new Reply(-1, error.toString())))
                .toFuture();
    }

    @Override
    public void close() {
        pool.disposeLater().block(Duration.ofSeconds(10));
    }
}
