package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One purchase is one trace (ADR 28): from the gateway through command-services, the event store and its relay, the
 * broker, the purchase saga and back, to query-services' read models and the confirmation mail, every deployable's
 * spans share the trace id the purchase came in with, exported over OTLP to a receiver in this JVM. Its log lines are
 * JSON and carry that trace id and the order.
 */
class TracingSystemIT extends SystemTest {

    private static final Set<String> DEPLOYABLES =
            Set.of("gateway", "command-services", "query-services", "saga-orchestrator");
    private static final Duration EXPORTED = Duration.ofSeconds(60);

    private static String traceId;
    private static String orderId;

    @BeforeAll
    static void aConfirmedPurchaseInItsOwnTrace() {
        var organizer = ticketing.anOrganizer();
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        traceId = system.traces().newWatchedTraceId();
        orderId = ticketing.buyInTrace(buyer, event, 2, "tok_approve", traceId);
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        Ticketing.eventually("confirmation mail", () -> system.mailsTo(buyer.email()), mails -> !mails.isEmpty());
    }

    @Test
    void aPurchaseIsOneTraceWithSpansOfAllFourDeployables() {
        // spans are exported in batches as they end: wait for the whole tree, the mail's span included
        var spans = Ticketing.eventually(
                "spans of all four deployables in trace " + traceId + ", every one's parent among them",
                EXPORTED,
                () -> system.traces().spans(traceId),
                received -> services(received).containsAll(DEPLOYABLES)
                        && received.stream().anyMatch(span -> span.name().equals("smtp send"))
                        && services(orphans(received)).equals(Set.of("gateway")));

        assertThat(services(spans)).containsAll(DEPLOYABLES);
        // only the gateway's first span has its parent outside: the client's, whose trace id the purchase took
        assertThat(orphans(spans)).hasSize(1).allMatch(span -> span.kind() == Span.SpanKind.SPAN_KIND_SERVER);
        // every hop between deployables: the API call, the event store to the read models, the relay through the
        // broker to the saga, the saga's commands over the command bus
        assertThat(hops(spans))
                .contains(
                        "gateway -> command-services",
                        "command-services -> query-services",
                        "command-services -> saga-orchestrator",
                        "saga-orchestrator -> command-services");
        // the saga took the purchase's events from the broker, in the trace the relay wrote into their headers
        assertThat(spans)
                .filteredOn(span -> span.service().equals("saga-orchestrator"))
                .extracting(TraceReceiver.ReceivedSpan::name)
                .anyMatch(name -> name.contains("OrderReserved"));
        // the confirmation's mail, sent by command-services' notification delivery
        assertThat(spans)
                .filteredOn(span -> span.name().equals("smtp send"))
                .extracting(TraceReceiver.ReceivedSpan::service)
                .contains("command-services");
    }

    @Test
    void aPurchasesLogLinesAreJsonWithItsTraceIdAndOrderId() {
        JsonNode line = Ticketing.eventually(
                        "a JSON log line of order " + orderId + " in trace " + traceId,
                        EXPORTED,
                        () -> jsonLines(system.logFiles("saga-orchestrator"))
                                .filter(json ->
                                        orderId.equals(json.path("orderId").asText()))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();

        assertThat(line.path("traceId").asText()).isEqualTo(traceId);
        assertThat(line.path("spanId").asText()).hasSize(16);
        assertThat(line.path("message").asText()).contains("Purchase of 2 seats started");
    }

    /** {@code parent -> child} for every span whose parent is a span of another deployable. */
    private static Set<String> hops(List<TraceReceiver.ReceivedSpan> spans) {
        Map<String, String> serviceOfSpan = spans.stream()
                .collect(Collectors.toMap(
                        TraceReceiver.ReceivedSpan::spanId, TraceReceiver.ReceivedSpan::service, (a, b) -> a));
        return spans.stream()
                .filter(span -> serviceOfSpan.containsKey(span.parentSpanId()))
                .filter(span -> !serviceOfSpan.get(span.parentSpanId()).equals(span.service()))
                .map(span -> serviceOfSpan.get(span.parentSpanId()) + " -> " + span.service())
                .collect(Collectors.toSet());
    }

    /** The spans whose parent is not a span of the trace. */
    private static List<TraceReceiver.ReceivedSpan> orphans(List<TraceReceiver.ReceivedSpan> spans) {
        Set<String> ids = spans.stream().map(TraceReceiver.ReceivedSpan::spanId).collect(Collectors.toSet());
        return spans.stream().filter(span -> !ids.contains(span.parentSpanId())).toList();
    }

    private static Set<String> services(List<TraceReceiver.ReceivedSpan> spans) {
        return spans.stream().map(TraceReceiver.ReceivedSpan::service).collect(Collectors.toSet());
    }

    private static Stream<JsonNode> jsonLines(List<Path> logFiles) {
        return logFiles.stream().flatMap(file -> {
            try {
                return Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("{"))
                        .map(TracingSystemIT::json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static JsonNode json(String line) {
        try {
            return Api.json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON log line: " + line, e);
        }
    }
}
