package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every order reaches a terminal state even when a process dies mid-purchase. */
class CrashRecoverySystemIT extends SystemTest {

    static final int TIERS = 4;
    static final int CAPACITY = 40;
    static final int ORDERS = 120;

    @Test
    void purchasesCompleteAndHoldsExpireAfterEveryOrchestratorCrashes() throws Exception {
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 10, 4, List.of());
        var unpaid = ticketing.aCustomer();
        var paying = ticketing.aCustomer();
        String unpaidOrder = ticketing.buy(unpaid, event, 2, "tok_timeout");
        Ticketing.eventually(
                "seats held for the unpaid order",
                () -> ticketing.api.get("/api/v1/orders/" + unpaidOrder, unpaid.accessToken()),
                r -> r.status() == 200 && r.json().get("status").asText().equals("RESERVED"));

        system.crash("saga-orchestrator");
        system.crash("saga-orchestrator-2");
        // placed while no orchestrator runs: its events wait in the orchestrator's durable queue
        String paidOrder = ticketing.buy(paying, event, 1, "tok_approve");
        system.restart("saga-orchestrator", "saga-orchestrator-2");

        assertThat(ticketing.finalOrder(paying, paidOrder).get("status").asText())
                .isEqualTo("CONFIRMED");
        // the hold's deadline was persisted before the crash and fires after the restart
        assertThat(ticketing.finalOrder(unpaid, unpaidOrder).get("status").asText())
                .isEqualTo("EXPIRED");
        ticketing.eventuallyRemaining(event, 9);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void purchasesEndAndSeatsAddUpWhenACommandServicesReplicaCrashesMidPurchase() throws Exception {
        var organizer = ticketing.anOrganizer();
        List<Ticketing.Event> events = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            events.add(ticketing.aPublishedEvent(organizer, CAPACITY, 2, List.of()));
        }
        record Placed(String orderId, Ticketing.User buyer, Ticketing.Event event) {}
        AtomicInteger accepted = new AtomicInteger();
        List<Callable<Placed>> purchases = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            var event = events.get(i % TIERS);
            purchases.add(() -> {
                var buyer = ticketing.aSignedInCustomer();
                String orderId = ticketing.buyRetryingWhileUnavailable(buyer, event, 1, "tok_approve");
                accepted.incrementAndGet();
                return new Placed(orderId, buyer, event);
            });
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Placed>> placing = purchases.stream().map(clients::submit).toList();

        Ticketing.eventually("a third of the orders accepted", accepted::get, count -> count >= ORDERS / 3);
        system.crash("command-services-2");
        system.restart("command-services-2");
        List<Placed> placed = new ArrayList<>();
        for (Future<Placed> future : placing) {
            placed.add(future.get());
        }
        clients.shutdown();

        for (Placed order : placed) {
            String status = ticketing
                    .finalOrder(order.buyer(), order.orderId())
                    .get("status")
                    .asText();
            // an order whose steps waited out the crash for longer than the tests' hold expires; its payment, if it
            // still comes, confirms it after all or has it refunded; none is lost
            assertThat(status).isIn("CONFIRMED", "REJECTED", "EXPIRED", "CANCELLED", "REFUNDED");
        }
        // once every purchase has settled, each tier's seats are exactly those of its confirmed orders
        List<String> confirmedOrders = Ticketing.eventually(
                "sold seats equal confirmed orders",
                Duration.ofSeconds(60),
                () -> {
                    Map<String, List<String>> confirmed = new HashMap<>();
                    for (Placed order : placed) {
                        var read = ticketing.api.get(
                                "/api/v1/orders/" + order.orderId(),
                                order.buyer().accessToken());
                        if (read.status() == 200
                                && read.json().get("status").asText().equals("CONFIRMED")) {
                            confirmed
                                    .computeIfAbsent(order.event().id(), id -> new ArrayList<>())
                                    .add(order.orderId());
                        }
                    }
                    boolean seatsAddUp = events.stream()
                            .allMatch(event -> ticketing.remaining(event)
                                    == CAPACITY
                                            - confirmed
                                                    .getOrDefault(event.id(), List.of())
                                                    .size());
                    return seatsAddUp
                            ? confirmed.values().stream().flatMap(List::stream).toList()
                            : null;
                },
                confirmed -> confirmed != null);
        Map<String, Integer> approvals = new SystemDatabase(system)
                .approvalsPerOrder(placed.stream().map(Placed::orderId).toList());
        assertThat(approvals.values()).allSatisfy(count -> assertThat(count).isEqualTo(1));
        assertThat(approvals.keySet()).containsAll(confirmedOrders);
        events.forEach(ticketing::eventuallyReconciled);
    }
}
