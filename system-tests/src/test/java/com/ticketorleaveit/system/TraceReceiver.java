package com.ticketorleaveit.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver on loopback, in the test JVM: the deployables export their spans to it as they would to
 * a collector. It keeps the spans of the traces a test watches and drops the rest (the other tests' recorded share).
 */
final class TraceReceiver implements AutoCloseable {

    private static final SecureRandom random = new SecureRandom();
    private static final HexFormat hex = HexFormat.of();

    /** A span as received: which deployable sent it ({@code service.name}) and what it was. */
    record ReceivedSpan(String service, String name, String spanId, String parentSpanId, Span.SpanKind kind) {}

    private final HttpServer server;
    private final Map<String, List<ReceivedSpan>> watched = new ConcurrentHashMap<>();

    private TraceReceiver(HttpServer server) {
        this.server = server;
    }

    static TraceReceiver start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var receiver = new TraceReceiver(server);
        server.createContext("/v1/traces", receiver::export);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            var thread = new Thread(runnable, "trace-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return receiver;
    }

    /** Where the deployables send their spans ({@code management.otlp.tracing.endpoint}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    /**
     * A new trace id, watched from now on. Its random part (the low 64 bits, which OpenTelemetry's ratio sampler compares
     * with its bound) is below 2^32, so the gateway records its trace at any sampling probability above 10^-9: a test can
     * follow one purchase while the others are recorded at the configured share.
     */
    String newWatchedTraceId() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        for (int i = 8; i < 12; i++) {
            id[i] = 0;
        }
        String traceId = hex.formatHex(id);
        watched.put(traceId, new CopyOnWriteArrayList<>());
        return traceId;
    }

    /** The spans received so far of a watched trace. */
    List<ReceivedSpan> spans(String traceId) {
        return List.copyOf(watched.getOrDefault(traceId, List.of()));
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in =
                    "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                            ? new GZIPInputStream(exchange.getRequestBody())
                            : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            keep(ExportTraceServiceRequest.parseFrom(body));
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private void keep(ExportTraceServiceRequest request) {
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = resourceSpans.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(KeyValue::getValue)
                    .map(value -> value.getStringValue())
                    .findFirst()
                    .orElse("");
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    List<ReceivedSpan> trace =
                            watched.get(hex.formatHex(span.getTraceId().toByteArray()));
                    if (trace != null) {
                        trace.add(new ReceivedSpan(
                                service,
                                span.getName(),
                                hex.formatHex(span.getSpanId().toByteArray()),
                                hex.formatHex(span.getParentSpanId().toByteArray()),
                                span.getKind()));
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
