package com.ticketorleaveit.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A stand-in for a backend deployable: records what reaches it and answers 200 JSON naming itself, or a canned answer
 * set for a method and path.
 */
public final class StubBackend {

    private final String name;
    private final HttpServer server;
    private final Queue<ReceivedRequest> received = new ConcurrentLinkedQueue<>();
    private final Map<String, CannedAnswer> answers = new ConcurrentHashMap<>();

    private StubBackend(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, name + "-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
    }

    public static StubBackend start(String name) {
        StubBackend backend = new StubBackend(name);
        backend.server.start();
        return backend;
    }

    public String uri() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    public void answer(String method, String path, CannedAnswer answer) {
        answers.put(method + " " + path, answer);
    }

    /** Requests whose raw path (without query) is {@code path}. */
    public List<ReceivedRequest> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    public List<ReceivedRequest> receivedAt(String method, String path) {
        return receivedAt(path).stream()
                .filter(request -> request.method().equals(method))
                .toList();
    }

    public List<ReceivedRequest> receivedContaining(String pathPart) {
        return received.stream()
                .filter(request -> request.path().contains(pathPart))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            received.add(new ReceivedRequest(
                    exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body));

            CannedAnswer answer = answers.getOrDefault(
                    exchange.getRequestMethod() + " " + uri.getRawPath(),
                    CannedAnswer.json(200, "{\"servedBy\":\"" + name + "\"}"));
            if (answer.hangsUp()) {
                // closing the exchange before any answer closes the connection
                return;
            }
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public record ReceivedRequest(
            String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String headerName) {
            List<String> values = headers.get(headerName);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    public record CannedAnswer(int status, String contentType, String body, Duration delay) {

        public static CannedAnswer json(int status, String body) {
            return new CannedAnswer(status, "application/json", body, Duration.ZERO);
        }

        public static CannedAnswer problem(int status, String body) {
            return new CannedAnswer(status, "application/problem+json", body, Duration.ZERO);
        }

        /** No answer at all: the connection is closed once the request has been read, as by a process that died. */
        public static CannedAnswer hangUp() {
            return new CannedAnswer(0, "", "", Duration.ZERO);
        }

        public CannedAnswer after(Duration delay) {
            return new CannedAnswer(status, contentType, body, delay);
        }

        boolean hangsUp() {
            return status == 0;
        }
    }
}
