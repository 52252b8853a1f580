package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every deployable exposes what an operator watches (ADR 24), and a purchase through the gateway moves it: the funnel,
 * payments and mails on query-services, Axon's processor latency and command timings, the saga orchestrator's live
 * sagas and queue depths, the gateway's routes, breakers and refusals. The dashboard and the alert rules in
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
        List<Scrape> sagaBefore = scrape(system.sagaOrchestratorReplicas());
        Scrape gatewayBefore = Scrape.of(system.gateway());

        String orderId = ticketing.buy(buyer, event, 2, "tok_approve");
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        Ticketing.eventually("confirmation mail", () -> system.mailsTo(buyer.email()), mails -> !mails.isEmpty());

        // the funnel, payments and mails, counted by query-services' read models once their batch committed
        Scrape query = Ticketing.eventually(
                "the purchase counted by query-services",
                () -> Scrape.of(system.queryServices()),
                scrape -> moved(queryBefore, scrape, "ticketing_orders_total", Map.of("status", "CONFIRMED"))
                        && moved(queryBefore, scrape, "ticketing_notifications_total", Map.of("outcome", "DELIVERED")));
        for (String status : List.of("PENDING", "RESERVED", "CONFIRMED")) {
            assertThat(moved(queryBefore, query, "ticketing_orders_total", Map.of("status", status)))
                    .as("orders that reached %s", status)
                    .isTrue();
        }
        assertThat(moved(queryBefore, query, "ticketing_orders_confirmation_seconds_count", ANY))
                .isTrue();
        assertThat(query.has("ticketing_orders_confirmation_seconds_bucket", Map.of("le", "1.0")))
                .isTrue();
        assertThat(moved(queryBefore, query, "ticketing_payments_total", Map.of("outcome", "APPROVED")))
                .isTrue();
        assertThat(query.has("ticketing_payments_total", Map.of("outcome", "DECLINED")))
                .isTrue();
        assertThat(query.has("eventProcessor_latency", Map.of("processorName", "tickets-orders")))
                .isTrue();
        assertThat(query.has("ticketing_axon_dead_letters", Map.of("processingGroup", "tickets-orders")))
                .isTrue();

        // Axon's command timings where the commands are handled and where they are sent from, processor latency
        List<Scrape> command = scrape(system.commandServicesReplicas());
        assertThat(movedOver(
                        commandBefore,
                        command,
                        "commandBus_allTimer_seconds_count",
                        Map.of("payloadType", "PlaceOrder")))
                .isTrue();
        assertThat(movedOver(
                        commandBefore,
                        command,
                        "commandBus_successTimer_seconds_count",
                        Map.of("payloadType", "ConfirmOrder")))
                .isTrue();
        assertThat(Scrape.sum(command, "commandBus_allTimer_seconds_bucket", Map.of("payloadType", "PlaceOrder")))
                .isPositive();
        assertThat(command.stream()
                        .anyMatch(scrape ->
                                scrape.has("eventProcessor_latency", Map.of("processorName", "integration-relay"))))
                .isTrue();

        List<Scrape> saga = scrape(system.sagaOrchestratorReplicas());
        assertThat(movedOver(
                        sagaBefore,
                        saga,
                        "distributedCommandBus_allTimer_seconds_count",
                        Map.of("payloadType", "ConfirmOrder")))
                .isTrue();
        assertThat(saga.stream()
                        .anyMatch(scrape ->
                                scrape.has("eventProcessor_latency", Map.of("processorName", "ticket-purchase"))))
                .isTrue();
        // the published event's start is a live saga until the event starts; queues as the consumers see them
        assertThat(saga.get(0).sum("ticketing_axon_sagas_active", Map.of("saga", "EventStartSaga")))
                .isPositive();
        for (Scrape replica : saga) {
            var purchase = Map.of("consumer", "saga-orchestrator.ticket-purchase");
            assertThat(replica.has("ticketing_messaging_queue_messages", purchase))
                    .isTrue();
            assertThat(replica.sum("ticketing_messaging_dead_letter_queue_messages", purchase))
                    .isZero();
        }

        // the gateway: the order's route, its breaker, and its refusals counter (none here)
        Scrape gateway = Scrape.of(system.gateway());
        assertThat(gateway.sum(
                        "resilience4j_circuitbreaker_state", Map.of("name", "orders-commands", "state", "closed")))
                .isEqualTo(1);
        assertThat(moved(
                        gatewayBefore,
                        gateway,
                        "resilience4j_circuitbreaker_calls_seconds_count",
                        Map.of("name", "orders-commands", "kind", "successful")))
                .isTrue();
        assertThat(moved(gatewayBefore, gateway, "http_server_requests_seconds_count", Map.of("method", "POST")))
                .isTrue();
        assertThat(gateway.has("ticketing_gateway_rate_limited_total", Map.of("route", "orders-commands")))
                .isTrue();

        Set<String> exposed = new HashSet<>();
        for (Scrape scrape : concat(List.of(query, gateway), command, saga)) {
            exposed.addAll(scrape.names());
        }
        keepForInspection(concat(List.of(query, gateway), command, saga));
        assertThat(OpsProvisioning.metricNamesUsed())
                .as("metrics the dashboard and the alert rules ask for")
                .isNotEmpty()
                .allSatisfy(name -> assertThat(exposed).as("exposed metrics").contains(name));
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
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
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
