package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every deployable exposes what an operator watches (ADR 24), and a purchase through the gateway moves it: the funnel,
 * payments and mails on query-services, Axon's command timings and processor latency, the saga orchestrator's live
 * sagas and queue depths, the gateway's requests, breakers and refusals. The dashboard and the alert rules in
 * {@code ops/} ask only for metrics the deployables really expose.
 */
class MetricsSystemIT extends SystemTest {

    private static final Map<String, String> ANY = Map.of();

    @Test
    void aPurchaseMovesTheFunnelTheAxonMetricsAndTheGatewaysMetrics() throws IOException {
        var organizer = ticketing.anOrganizer();
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        Scrape queryBefore = Scrape.of(system.queryServices());
        List<Scrape> commandBefore = scrape(system.commandServicesReplicas());
        Scrape gatewayBefore = Scrape.of(system.gateway());

        String orderId = ticketing.buy(buyer, event, 2, "tok_approve");
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        Ticketing.eventually("confirmation mail", () -> system.mailsTo(buyer.email()), mails -> !mails.isEmpty());

        // query-services' read models count once their batch committed
        Scrape query = Ticketing.eventually(
                "the purchase counted by query-services",
                () -> Scrape.of(system.queryServices()),
                scrape -> moved(queryBefore, scrape, "ticketing_orders_total", Map.of("status", "CONFIRMED"))
                        && moved(queryBefore, scrape, "ticketing_notifications_total", Map.of("outcome", "DELIVERED")));
        List<Scrape> command = scrape(system.commandServicesReplicas());
        List<Scrape> saga = scrape(system.sagaOrchestratorReplicas());
        Scrape gateway = Scrape.of(system.gateway());
        List<Scrape> all = concat(List.of(query, gateway), command, saga);
        keepForInspection(all);
        var softly = new SoftAssertions();

        // the purchase funnel, payments and mails
        for (String status : List.of("PENDING", "RESERVED", "CONFIRMED")) {
            softly.assertThat(moved(queryBefore, query, "ticketing_orders_total", Map.of("status", status)))
                    .as("orders that reached %s", status)
                    .isTrue();
        }
        softly.assertThat(moved(queryBefore, query, "ticketing_orders_confirmation_seconds_count", ANY))
                .as("placed to confirmed timed")
                .isTrue();
        softly.assertThat(query.has("ticketing_orders_confirmation_seconds_bucket", Map.of("le", "1.0")))
                .as("placed to confirmed as a histogram")
                .isTrue();
        softly.assertThat(moved(queryBefore, query, "ticketing_payments_total", Map.of("outcome", "APPROVED")))
                .as("approved payments")
                .isTrue();
        softly.assertThat(query.has("ticketing_payments_total", Map.of("outcome", "DECLINED")))
                .as("declined payments, at zero")
                .isTrue();
        softly.assertThat(query.has("eventProcessor_latency", Map.of("processorName", "tickets-orders")))
                .as("the orders read model's latency")
                .isTrue();
        softly.assertThat(query.has("ticketing_axon_dead_letters", Map.of("processingGroup", "tickets-orders")))
                .as("the orders read model's parked events")
                .isTrue();

        // Axon's command timings where the commands are handled, and only the monitors the platform installs
        softly.assertThat(movedOver(
                        commandBefore,
                        command,
                        "commandBus_allTimer_seconds_count",
                        Map.of("payloadType", "PlaceOrder")))
                .as("PlaceOrder timed")
                .isTrue();
        softly.assertThat(movedOver(
                        commandBefore,
                        command,
                        "commandBus_successTimer_seconds_count",
                        Map.of("payloadType", "ConfirmOrder")))
                .as("ConfirmOrder timed as a success")
                .isTrue();
        softly.assertThat(
                        Scrape.sum(command, "commandBus_allTimer_seconds_bucket", Map.of("payloadType", "PlaceOrder")))
                .as("command timings as a histogram")
                .isPositive();
        softly.assertThat(command.stream()
                        .anyMatch(scrape ->
                                scrape.has("eventProcessor_latency", Map.of("processorName", "integration-relay"))))
                .as("the relay's latency")
                .isTrue();

        // the orchestrator: its processors, live sagas (the published event's start), queues as its consumers see them
        softly.assertThat(saga.stream()
                        .anyMatch(scrape ->
                                scrape.has("eventProcessor_latency", Map.of("processorName", "ticket-purchase"))))
                .as("the purchase saga's latency")
                .isTrue();
        softly.assertThat(saga.get(0).sum("ticketing_axon_sagas_active", Map.of("saga", "EventStartSaga")))
                .as("live event start sagas")
                .isPositive();
        softly.assertThat(saga.get(0).has("ticketing_axon_sagas_active", Map.of("saga", "TicketPurchaseSaga")))
                .as("live purchase sagas")
                .isTrue();
        var purchase = Map.of("consumer", "saga-orchestrator.ticket-purchase");
        for (Scrape replica : saga) {
            softly.assertThat(replica.has("ticketing_messaging_queue_messages", purchase))
                    .as("the purchase queue's depth on %s", replica.deployable())
                    .isTrue();
            softly.assertThat(replica.has("ticketing_messaging_dead_letter_queue_messages", purchase))
                    .as("the purchase queue's dead letters on %s", replica.deployable())
                    .isTrue();
        }
        // one queue, asked of the broker by each replica when scraped: both see the same dead letters (other tests of
        // the run may have left some there on purpose)
        softly.assertThat(saga.stream()
                        .map(replica -> replica.sum("ticketing_messaging_dead_letter_queue_messages", purchase))
                        .distinct())
                .as("the purchase queue's dead letters as each replica sees them")
                .hasSize(1);

        // the gateway: requests, the order route's breaker, its refusals counter (none here)
        softly.assertThat(gateway.sum(
                        "resilience4j_circuitbreaker_state", Map.of("name", "orders-commands", "state", "closed")))
                .as("the orders route's breaker closed")
                .isEqualTo(1);
        softly.assertThat(moved(
                        gatewayBefore,
                        gateway,
                        "resilience4j_circuitbreaker_calls_seconds_count",
                        Map.of("name", "orders-commands", "kind", "successful")))
                .as("the orders route's breaker counted the order")
                .isTrue();
        softly.assertThat(moved(gatewayBefore, gateway, "http_server_requests_seconds_count", Map.of("method", "POST")))
                .as("the gateway's requests")
                .isTrue();
        softly.assertThat(gateway.has("ticketing_gateway_rate_limited_total", Map.of("route", "orders-commands")))
                .as("the orders route's refusals, at zero")
                .isTrue();

        Set<String> exposed = new HashSet<>();
        all.forEach(scrape -> exposed.addAll(scrape.names()));
        softly.assertThat(exposed)
                .as("Axon's own full set of monitors stays off: no capacity, counters or event store timings")
                .noneMatch(name ->
                        name.endsWith("_capacity") || name.contains("successCounter") || name.startsWith("eventStore"));
        softly.assertThat(OpsProvisioning.metricNamesUsed())
                .as("metrics the dashboard and the alert rules ask for, all exposed")
                .isNotEmpty()
                .allSatisfy(name -> assertThat(exposed).contains(name));
        softly.assertAll();
    }

    private static boolean moved(Scrape before, Scrape after, String name, Map<String, String> labels) {
        return after.has(name, labels) && after.sum(name, labels) > before.sum(name, labels);
    }

    private static boolean movedOver(List<Scrape> before, List<Scrape> after, String name, Map<String, String> labels) {
        return Scrape.sum(after, name, labels) > Scrape.sum(before, name, labels);
    }

    private static List<Scrape> scrape(List<URI> replicas) {
        return replicas.stream().map(Scrape::of).toList();
    }

    @SafeVarargs
    private static List<Scrape> concat(List<Scrape>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** What each deployable exposes, for whoever writes the next dashboard panel or alert. */
    private static void keepForInspection(List<Scrape> scrapes) throws IOException {
        Path directory = Path.of("target", "system", "metrics");
        Files.createDirectories(directory);
        for (Scrape scrape : scrapes) {
            Files.writeString(
                    directory.resolve(scrape.deployable().getPort() + ".txt"),
                    new Api(scrape.deployable()).getText("/actuator/prometheus").body());
        }
    }
}
