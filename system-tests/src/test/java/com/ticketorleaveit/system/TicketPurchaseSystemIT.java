package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A ticket purchase through the gateway, across all four deployables, on real PostgreSQL and RabbitMQ. */
class TicketPurchaseSystemIT extends SystemTest {

    static Ticketing.User organizer;
    static Ticketing.User vendor;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
        vendor = ticketing.aVendor("The Quartet " + UUID.randomUUID());
    }

    @Test
    void approvedCardConfirmsTheOrderIssuesTicketsAndEmailsThem() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of(vendor.id()));
        var buyer = ticketing.aCustomer();

        String orderId = ticketing.buy(buyer, event, 2, "tok_approve");
        JsonNode order = ticketing.finalOrder(buyer, orderId);

        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("quantity").asInt()).isEqualTo(2);
        assertThat(order.get("amountMinor").asLong()).isEqualTo(9000);
        assertThat(order.get("currency").asText()).isEqualTo("EUR");
        List<String> codes = new ArrayList<>();
        order.get("tickets").forEach(ticket -> codes.add(ticket.get("code").asText()));
        assertThat(codes).hasSize(2).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code)
                .hasSizeGreaterThanOrEqualTo(20));
        ticketing.eventuallyRemaining(event, 8);

        MimeMessage mail = Ticketing.eventually(
                        "confirmation mail", () -> system.mailsTo(buyer.email()), mails -> !mails.isEmpty())
                .get(0);
        String body = Ticketing.text(mail);
        assertThat(mail.getSubject()).containsIgnoringCase("confirmed");
        assertThat(body).contains(codes);
        ticketing.eventuallyReconciled(event);
        // the card's token stays in the vault: the events, and the messages relayed from them, carry its reference
        assertThat(new SystemDatabase(system).payloadsNaming(orderId))
                .hasSizeGreaterThanOrEqualTo(4)
                .noneMatch(payload -> payload.contains("tok_approve"))
                .anyMatch(payload -> payload.contains("\"paymentMethod\":\"vault:" + orderId + ":"));
    }

    @Test
    void declinedCardEndsPaymentFailedAndGivesTheSeatsBack() {
        var event = ticketing.aPublishedEvent(organizer, 5, 5, List.of());
        var buyer = ticketing.aCustomer();

        String orderId = ticketing.buy(buyer, event, 3, "tok_decline");
        JsonNode order = ticketing.finalOrder(buyer, orderId);

        assertThat(order.get("status").asText()).isEqualTo("PAYMENT_FAILED");
        assertThat(order.get("tickets")).isEmpty();
        assertThat(order.get("failureReason").asText()).isNotBlank();
        ticketing.eventuallyRemaining(event, 5);
        Ticketing.eventually("failure mail", () -> system.mailsTo(buyer.email()), mails -> !mails.isEmpty());
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void providerErrorEndsPaymentFailed() {
        var event = ticketing.aPublishedEvent(organizer, 5, 5, List.of());
        var buyer = ticketing.aCustomer();

        JsonNode order = ticketing.finalOrder(buyer, ticketing.buy(buyer, event, 1, "tok_error"));

        assertThat(order.get("status").asText()).isEqualTo("PAYMENT_FAILED");
        ticketing.eventuallyRemaining(event, 5);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void unpaidOrderExpiresWhenTheHoldRunsOutAndGivesTheSeatsBack() {
        var event = ticketing.aPublishedEvent(organizer, 5, 5, List.of());
        var buyer = ticketing.aCustomer();

        String orderId = ticketing.buy(buyer, event, 2, "tok_timeout");
        JsonNode order = ticketing.finalOrder(buyer, orderId);

        assertThat(order.get("status").asText()).isEqualTo("EXPIRED");
        ticketing.eventuallyRemaining(event, 5);
        Ticketing.eventually("expiry mail", () -> system.mailsTo(buyer.email()), mails -> !mails.isEmpty());
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void orderOverThePerOrderLimitIsRejected() {
        var event = ticketing.aPublishedEvent(organizer, 10, 2, List.of());
        var buyer = ticketing.aCustomer();

        JsonNode order = ticketing.finalOrder(buyer, ticketing.buy(buyer, event, 3, "tok_approve"));

        assertThat(order.get("status").asText()).isEqualTo("REJECTED");
        assertThat(order.get("failureReason").asText()).isEqualTo("OVER_ORDER_LIMIT");
        ticketing.eventuallyRemaining(event, 10);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameOrder() {
        var event = ticketing.aPublishedEvent(organizer, 5, 5, List.of());
        var buyer = ticketing.aCustomer();
        String key = UUID.randomUUID().toString();

        var first = ticketing.placeOrder(buyer, event, 1, "tok_approve", key);
        var second = ticketing.placeOrder(buyer, event, 1, "tok_approve", key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.json().get("orderId")).isEqualTo(first.json().get("orderId"));
        assertThat(first.header("Location"))
                .endsWith("/api/v1/orders/" + first.json().get("orderId").asText());
        ticketing.finalOrder(buyer, first.json().get("orderId").asText());
        ticketing.eventuallyRemaining(event, 4);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void fiftyConcurrentBuyersForTwentySeatsSellExactlyTwenty() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 20, 1, List.of());
        List<Ticketing.User> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            buyers.add(ticketing.aCustomer());
        }

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<String>> purchases = new ArrayList<>();
        for (var buyer : buyers) {
            purchases.add(() -> ticketing.buy(buyer, event, 1, "tok_approve"));
        }
        List<String> orderIds = new ArrayList<>();
        for (Future<String> placed : pool.invokeAll(purchases)) {
            orderIds.add(placed.get());
        }
        pool.shutdown();

        List<String> statuses = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int ticketCount = 0;
        for (int i = 0; i < buyers.size(); i++) {
            JsonNode order = ticketing.finalOrder(buyers.get(i), orderIds.get(i));
            statuses.add(order.get("status").asText());
            for (JsonNode ticket : order.get("tickets")) {
                codes.add(ticket.get("code").asText());
                ticketCount++;
            }
        }

        assertThat(statuses.stream().filter("CONFIRMED"::equals).count()).isEqualTo(20);
        assertThat(statuses.stream().filter("REJECTED"::equals).count()).isEqualTo(30);
        assertThat(ticketCount).isEqualTo(20);
        assertThat(codes).hasSize(20);
        ticketing.eventuallyRemaining(event, 0);
        long confirmationMails = Ticketing.eventually(
                "20 confirmation mails",
                () -> buyers.stream()
                        .flatMap(buyer -> system.mailsTo(buyer.email()).stream())
                        .filter(TicketPurchaseSystemIT::isConfirmation)
                        .count(),
                count -> count >= 20);
        assertThat(confirmationMails).isEqualTo(20);
        ticketing.eventuallyReconciled(event);
    }

    /**
     * Buyers whose card never answers hold their seats until the hold runs out. Half again as many of them as one
     * replica lets into the pipeline order at once, for one tier (one replica handles it): the replica takes as many
     * as it admits and turns the others away at once as busy, storing nothing for them. When the admitted orders
     * expire, the buyers turned away get in with the same Idempotency-Key.
     */
    @Test
    void buyersBeyondWhatAReplicaAdmitsAreTurnedAwayAsBusyUntilOrdersEnd() throws Exception {
        int admitted = RunningSystem.ADMITTED_PURCHASES;
        int buyers = admitted + admitted / 2;
        var event = ticketing.aPublishedEvent(organizer, buyers, 1, List.of());
        List<Ticketing.User> customers = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            customers.add(ticketing.aSignedInCustomer());
        }
        List<String> keys =
                customers.stream().map(c -> UUID.randomUUID().toString()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        List<Callable<Api.Response>> placements = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            int buyer = i;
            placements.add(() -> ticketing.placeOrder(customers.get(buyer), event, 1, "tok_timeout", keys.get(buyer)));
        }
        List<Api.Response> answers = new ArrayList<>();
        for (Future<Api.Response> answer : pool.invokeAll(placements)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        List<Integer> turnedAway = new ArrayList<>();
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            var answer = answers.get(i);
            if (answer.status() == 503) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("code").asText()).isEqualTo("PURCHASES_BUSY");
                assertThat(answer.header("Retry-After")).isEqualTo("1");
                turnedAway.add(i);
            } else {
                assertThat(answer.status()).as("%s", answer).isEqualTo(202);
                accepted.add(i);
            }
        }
        assertThat(turnedAway).as("buyers turned away").isNotEmpty();
        assertThat(accepted.size()).as("orders accepted").isGreaterThanOrEqualTo(admitted);
        for (int i : turnedAway) {
            var orders = ticketing.api.get("/api/v1/orders", customers.get(i).accessToken());
            assertThat(orders.json().get("total").asInt())
                    .as("orders stored for a buyer turned away")
                    .isZero();
        }

        for (int i : accepted) {
            String orderId = answers.get(i).json().get("orderId").asText();
            assertThat(ticketing
                            .finalOrder(customers.get(i), orderId)
                            .get("status")
                            .asText())
                    .isEqualTo("EXPIRED");
        }
        for (int i : turnedAway) {
            int buyer = i;
            var placed = Ticketing.eventually(
                    "buyer " + buyer + " accepted",
                    () -> ticketing.placeOrder(customers.get(buyer), event, 1, "tok_timeout", keys.get(buyer)),
                    r -> r.status() != 503);
            assertThat(placed.status()).as("%s", placed).isEqualTo(202);
            assertThat(ticketing
                            .api
                            .get("/api/v1/orders", customers.get(buyer).accessToken())
                            .json()
                            .get("total")
                            .asInt())
                    .isLessThanOrEqualTo(1);
        }
        ticketing.eventuallyReconciled(event);
    }

    private static boolean isConfirmation(MimeMessage mail) {
        try {
            return mail.getSubject().toLowerCase().contains("confirmed");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
