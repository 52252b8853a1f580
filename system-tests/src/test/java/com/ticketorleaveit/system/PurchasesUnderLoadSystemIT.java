package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of buyers over several tiers, {@link #BUYERS_AT_ONCE} at a time, each waiting for the end of their order as
 * a buyer does, through the gateway, both command-services replicas and both orchestrator replicas, within the
 * tests' short hold: a healthy pipeline settles every order long before its hold runs out, and whatever the
 * interleaving, every seat is accounted for and nobody is charged twice.
 */
class PurchasesUnderLoadSystemIT extends SystemTest {

    static final int TIERS = 6;
    static final int CAPACITY = 80;
    static final int ORDERS_PER_TIER = 100;
    /** Every tenth buyer's card is declined: their seats come back while others still buy. */
    static final int DECLINE_EVERY = 10;

    static final int BUYERS_AT_ONCE = 16;

    record Placed(String orderId, Ticketing.User buyer, Ticketing.Event event, String card, JsonNode result) {}

    @Test
    void sixHundredOrdersOverSixTiersEndWithEverySeatAccountedForAndOneChargePerOrder() throws Exception {
        var organizer = ticketing.anOrganizer();
        List<Ticketing.Event> events = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            events.add(ticketing.aPublishedEvent(organizer, CAPACITY, 2, List.of()));
        }
        List<Callable<Placed>> purchases = new ArrayList<>();
        for (int i = 0; i < ORDERS_PER_TIER; i++) {
            String card = i % DECLINE_EVERY == 0 ? "tok_decline" : "tok_approve";
            for (var event : events) {
                purchases.add(() -> {
                    var buyer = ticketing.aSignedInCustomer();
                    String orderId = ticketing.buy(buyer, event, 1, card);
                    return new Placed(orderId, buyer, event, card, ticketing.finalOrder(buyer, orderId));
                });
            }
        }

        ExecutorService buyers = Executors.newFixedThreadPool(BUYERS_AT_ONCE);
        List<Placed> placed = new ArrayList<>();
        for (Future<Placed> future : buyers.invokeAll(purchases)) {
            placed.add(future.get());
        }
        buyers.shutdown();

        Map<String, Integer> confirmedPerEvent = new HashMap<>();
        Set<String> codes = new HashSet<>();
        List<String> confirmedOrders = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed order = placed.get(i);
            JsonNode result = order.result();
            String status = result.get("status").asText();
            if (order.card().equals("tok_approve")) {
                assertThat(status).as("approved order %s", result).isIn("CONFIRMED", "REJECTED");
            } else {
                assertThat(status).as("declined order %s", result).isIn("PAYMENT_FAILED", "REJECTED");
            }
            if (status.equals("CONFIRMED")) {
                confirmedOrders.add(order.orderId());
                confirmedPerEvent.merge(order.event().id(), 1, Integer::sum);
                result.get("tickets")
                        .forEach(ticket -> codes.add(ticket.get("code").asText()));
            } else {
                assertThat(result.get("tickets"))
                        .as("unconfirmed order %s", result)
                        .isEmpty();
            }
        }

        for (var event : events) {
            int confirmed = confirmedPerEvent.getOrDefault(event.id(), 0);
            assertThat(confirmed).as("sold of %s", event.id()).isLessThanOrEqualTo(CAPACITY);
            // nothing is held any more: sold and remaining seats make up the capacity
            ticketing.eventuallyRemaining(event, CAPACITY - confirmed);
        }
        assertThat(codes).hasSize(confirmedOrders.size());
        // more approved buyers than seats: the seats a decline gave back were bought again, or remain
        assertThat(confirmedOrders.size()).isGreaterThan(TIERS * CAPACITY * 8 / 10);

        SystemDatabase database = new SystemDatabase(system);
        assertThat(database.approvalsPerOrder(
                        placed.stream().map(Placed::orderId).toList()))
                .as("approved payments per order")
                .allSatisfy((order, approvals) -> assertThat(approvals).isEqualTo(1))
                .containsOnlyKeys(confirmedOrders);
        events.forEach(ticketing::eventuallyReconciled);
    }
}
