package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The gateway in front of two command-services replicas, one of which is killed (SIGKILL) or stopped: right after, every
 * call through the gateway still succeeds, the breakers of the routes stay closed and the orders complete (ADR 29). The
 * replica is started again afterwards, for the tests that follow.
 */
class DeadReplicaSystemIT extends SystemTest {

    /** Customers who register, sign in, buy and read their order, one after the other. */
    private static final int CUSTOMERS = 8;

    private static final String REPLICA = "command-services-2";

    /** The routes these calls take; none of their breakers may count a failure. */
    private static final List<String> ROUTES =
            List.of("users-commands", "auth-token", "orders-commands", "events-queries", "orders-queries");

    @Test
    void servesEveryCallThroughTheGatewayWhenACommandServicesReplicaIsKilled() throws Exception {
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 100, 4, List.of());
        Scrape before = Scrape.of(system.gateway());

        system.crash(REPLICA);
        try {
            buyAndReadEveryOrder(event);
        } finally {
            system.restart(REPLICA);
        }

        breakersCountedNoFailure(before);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void servesEveryCallThroughTheGatewayWhenACommandServicesReplicaIsStopped() throws Exception {
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 100, 4, List.of());
        Scrape before = Scrape.of(system.gateway());

        // once stopped, its port refuses connections
        system.stop(REPLICA);
        try {
            buyAndReadEveryOrder(event);
        } finally {
            system.restart(REPLICA);
        }

        breakersCountedNoFailure(before);
        ticketing.eventuallyReconciled(event);
    }

    /**
     * Registration, sign-in and the purchase are writes the gateway balances over both replicas, and the purchase is
     * handled on the node of the ring that owns its tier: all meet the dead replica now and then.
     */
    private void buyAndReadEveryOrder(Ticketing.Event event) {
        record Placed(Ticketing.User buyer, String orderId) {}
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            var buyer = ticketing.aCustomer();
            var order = ticketing.placeOrder(
                    buyer, event, 1, "tok_approve", UUID.randomUUID().toString());
            assertThat(order.status()).as("place order %s", order).isEqualTo(202);
            placed.add(new Placed(buyer, order.json().get("orderId").asText()));

            var catalog = ticketing.api.get("/api/v1/events/" + event.id(), null);
            assertThat(catalog.status()).as("read the event %s", catalog).isEqualTo(200);
        }
        for (Placed order : placed) {
            var confirmed = Ticketing.eventually(
                    "order " + order.orderId() + " confirmed",
                    () -> ticketing.api.get(
                            "/api/v1/orders/" + order.orderId() + "?waitFor=FINAL&timeout=PT5S",
                            order.buyer().accessToken()),
                    read -> {
                        // a read may find the order not yet projected (404), never a failure
                        assertThat(read.status()).as("read order %s", read).isIn(200, 404);
                        return read.status() == 200
                                && Ticketing.FINAL_STATUSES.contains(
                                        read.json().get("status").asText());
                    });
            assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");
        }
    }

    private static void breakersCountedNoFailure(Scrape before) {
        Scrape after = Scrape.of(system.gateway());
        for (String route : ROUTES) {
            assertThat(after.sum("resilience4j_circuitbreaker_state", Map.of("name", route, "state", "closed")))
                    .as("the breaker of %s closed", route)
                    .isEqualTo(1);
            var failed = Map.of("name", route, "kind", "failed");
            assertThat(after.sum("resilience4j_circuitbreaker_calls_seconds_count", failed))
                    .as("failed calls counted by the breaker of %s", route)
                    .isEqualTo(before.sum("resilience4j_circuitbreaker_calls_seconds_count", failed));
        }
        assertThat(after.sum(
                        "resilience4j_circuitbreaker_calls_seconds_count",
                        Map.of("name", "orders-commands", "kind", "successful")))
                .as("successful orders counted by the breaker")
                .isGreaterThanOrEqualTo(before.sum(
                                "resilience4j_circuitbreaker_calls_seconds_count",
                                Map.of("name", "orders-commands", "kind", "successful"))
                        + CUSTOMERS);
    }
}
