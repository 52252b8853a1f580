package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organizer calls an event off ({@code POST /api/v1/events/{id}/cancel}): its sales close, every confirmed order is
 * cancelled and refunded once, each buyer is told, and the organizer follows the refunds
 * ({@code GET /api/v1/events/{id}/refunds}), even when the orchestrators die in the middle of it.
 */
class EventCancellationSystemIT extends SystemTest {

    static final long PRICE_MINOR = 4500;

    /** More orders than one page of the mass refund, bought {@link #BUYERS_AT_ONCE} at a time, one seat each. */
    static final int MASS_ORDERS = 200;

    static final int BUYERS_AT_ONCE = 16;
    /** The orchestrators are killed once the mass refund is under way; waiting longer would let it finish. */
    static final Duration FIRST_REFUND = Duration.ofSeconds(60);
    /** The orchestrators' restart and two hundred refunds on a busy machine: generous, but a stuck refund fails. */
    static final Duration MASS_REFUND = Duration.ofMinutes(4);
    /** The hold runs out, then the late approval comes, is found by the next check, and is refunded. */
    static final Duration LATE_REFUND = RunningSystem.LATE_APPROVAL.plus(Duration.ofSeconds(45));

    static Ticketing.User organizer;
    static Ticketing.User anotherOrganizer;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
        anotherOrganizer = ticketing.anOrganizer();
    }

    record Placed(Ticketing.User buyer, String orderId, JsonNode result) {}

    @Test
    void anotherOrganizerACustomerAndAnUnknownEventAreRefusedAndTheEventStaysOnSale() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 10, 2, List.of());
        var buyer = ticketing.aSignedInCustomer();
        String sold = aConfirmedOrder(buyer, event, 1);
        SystemDatabase database = new SystemDatabase(system);
        long storedBefore = database.eventsOf(event.id());
        assertThat(storedBefore)
                .as("events of %s, created and published", event.id())
                .isPositive();

        var byAnotherOrganizer = ticketing.cancelEvent(anotherOrganizer, event);
        var byACustomer = ticketing.cancelEvent(ticketing.aSignedInCustomer(), event);
        var unknown = ticketing.cancelEvent(organizer, UUID.randomUUID().toString());

        assertProblem(byAnotherOrganizer, 403, "NOT_EVENT_OWNER");
        assertProblem(byACustomer, 403, "FORBIDDEN");
        assertProblem(unknown, 404, "EVENT_NOT_FOUND");
        assertThat(database.eventsOf(event.id())).as("events of %s", event.id()).isEqualTo(storedBefore);
        // the tier still sells after the refusals, and the catalog, once it shows that sale, still lists the event
        aConfirmedOrder(ticketing.aSignedInCustomer(), event, 1);
        JsonNode details = Ticketing.eventually(
                        "the second sale in the catalog",
                        () -> ticketing.api.get("/api/v1/events/" + event.id(), null),
                        r -> r.status() == 200
                                && r.json().get("tiers").get(0).get("remaining").asInt() == 8)
                .json();
        assertThat(details.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(ticketing.finalOrder(buyer, sold).get("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancelledEventShowsAsCancelledAndTurnsNewOrdersAway() {
        var event = ticketing.aPublishedEvent(organizer, 10, 2, List.of());

        var cancelled = ticketing.cancelEvent(organizer, event);
        var again = ticketing.cancelEvent(organizer, event);

        assertCancelled(cancelled, event);
        assertCancelled(again, event);
        eventuallyCancelledInTheCatalog(event);
        // the tier's sales close shortly after the event is cancelled; the card is declined so that an order which
        // still reached the tier before that buys nothing
        var buyer = ticketing.aSignedInCustomer();
        var turnedAway = Ticketing.eventually(
                "a new order turned away",
                () -> ticketing.placeOrder(
                        buyer, event, 1, "tok_decline", UUID.randomUUID().toString()),
                r -> r.status() != 202 || r.json().get("status").asText().equals("REJECTED"));
        assertThat(turnedAway.status()).as("%s", turnedAway).isEqualTo(202);
        JsonNode order =
                ticketing.finalOrder(buyer, turnedAway.json().get("orderId").asText());
        assertThat(order.get("status").asText()).isEqualTo("REJECTED");
        assertThat(order.get("failureReason").asText()).isEqualTo("EVENT_CANCELLED");
        assertThat(order.get("tickets")).isEmpty();
    }

    @Test
    void anAdminCancelsAnyOrganizersEvent() {
        var event = ticketing.aPublishedEvent(organizer, 5, 1, List.of());

        var cancelled = ticketing.cancelEvent(ticketing.anAdmin(), event);

        assertCancelled(cancelled, event);
        eventuallyCancelledInTheCatalog(event);
    }

    @Test
    void everyConfirmedOrderOfACancelledEventIsRefundedAndItsBuyerToldWhileTheOrganizerFollowsTheRefunds()
            throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 10, 2, List.of());
        var first = ticketing.aSignedInCustomer();
        var second = ticketing.aSignedInCustomer();
        var declined = ticketing.aSignedInCustomer();
        String pair = aConfirmedOrder(first, event, 2);
        String single = aConfirmedOrder(second, event, 1);
        String failed = ticketing.buy(declined, event, 1, "tok_decline");
        assertThat(ticketing.finalOrder(declined, failed).get("status").asText())
                .isEqualTo("PAYMENT_FAILED");

        assertCancelled(ticketing.cancelEvent(organizer, event), event);

        assertRefundedForTheCancellation(first, ticketing.orderWhen(first, pair, "REFUNDED"), 2);
        assertRefundedForTheCancellation(second, ticketing.orderWhen(second, single, "REFUNDED"), 1);
        assertThat(ticketing.finalOrder(declined, failed).get("status").asText())
                .isEqualTo("PAYMENT_FAILED");
        JsonNode progress = Ticketing.eventually(
                        "every refund done",
                        () -> refunds(organizer, event),
                        r -> r.status() == 200
                                && r.json().get("refunded").asInt() == 2
                                && r.json().get("pending").asInt() == 0)
                .json();
        assertThat(progress.get("eventId").asText()).isEqualTo(event.id());
        assertThat(progress.get("orders").asInt()).isEqualTo(2);
        assertProblem(refunds(anotherOrganizer, event), 404, "EVENT_NOT_FOUND");
        ticketing.eventuallyRemaining(event, 10);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void anOrderWhosePaymentComesAfterTheEventWasCancelledIsRefundedInsteadOfConfirmed() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 5, 2, List.of());
        var buyer = ticketing.aSignedInCustomer();
        String orderId = ticketing.buy(buyer, event, 1, "tok_approve_late");
        Ticketing.eventually(
                "seats held for the unpaid order",
                () -> ticketing.api.get("/api/v1/orders/" + orderId, buyer.accessToken()),
                r -> r.status() == 200 && r.json().get("status").asText().equals("RESERVED"));

        assertCancelled(ticketing.cancelEvent(organizer, event), event);

        // the hold runs out first and the order expires; the approval that comes after it finds the tier's sales
        // cancelled, so the order is cancelled for the event's sake and the money goes back
        JsonNode order = Ticketing.eventually(
                        "order " + orderId + " refunded",
                        LATE_REFUND,
                        () -> ticketing.api.get(
                                "/api/v1/orders/" + orderId + "?waitFor=REFUNDED&timeout=PT5S", buyer.accessToken()),
                        r -> r.status() == 200
                                && r.json().get("status").asText().equals("REFUNDED"))
                .json();
        assertThat(order.get("cancellationReason").asText()).isEqualTo("EVENT_CANCELLED");
        assertThat(order.get("tickets")).isEmpty();
        JsonNode payment = paymentWhen(buyer, orderId, "REFUNDED");
        assertThat(payment.get("refund").get("amountMinor").asLong()).isEqualTo(PRICE_MINOR);
        assertRefundMail(buyer, orderId);
        // whether the late order counts among the event's refunds or not, none is left pending
        JsonNode progress = Ticketing.eventually(
                        "no refund pending",
                        () -> refunds(organizer, event),
                        r -> r.status() == 200
                                && r.json().get("pending").asInt() == 0
                                && r.json().get("refunded").asInt()
                                        == r.json().get("orders").asInt())
                .json();
        assertThat(progress.get("eventId").asText()).isEqualTo(event.id());
        ticketing.eventuallyRemaining(event, 5);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void twoHundredConfirmedOrdersAreEachRefundedOnceThoughBothOrchestratorsDieDuringTheMassRefund() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, MASS_ORDERS, 1, List.of());
        List<Callable<Placed>> purchases = new ArrayList<>();
        for (int i = 0; i < MASS_ORDERS; i++) {
            purchases.add(() -> {
                var buyer = ticketing.aSignedInCustomer();
                String orderId = ticketing.buy(buyer, event, 1, "tok_approve");
                return new Placed(buyer, orderId, ticketing.finalOrder(buyer, orderId));
            });
        }
        ExecutorService buyers = Executors.newFixedThreadPool(BUYERS_AT_ONCE);
        List<Placed> placed = new ArrayList<>();
        try {
            for (Future<Placed> future : buyers.invokeAll(purchases)) {
                placed.add(future.get());
            }
        } finally {
            buyers.shutdown();
        }
        assertThat(placed)
                .allSatisfy(order -> assertThat(order.result().get("status").asText())
                        .as("order %s", order.result())
                        .isEqualTo("CONFIRMED"));

        assertCancelled(ticketing.cancelEvent(organizer, event), event);
        JsonNode whenKilled = Ticketing.eventually(
                        "the first refund",
                        FIRST_REFUND,
                        () -> refunds(organizer, event),
                        r -> r.status() == 200 && r.json().get("refunded").asInt() > 0)
                .json();
        system.crash("saga-orchestrator");
        system.crash("saga-orchestrator-2");
        system.restart("saga-orchestrator", "saga-orchestrator-2");

        JsonNode progress = Ticketing.eventually(
                        "every order refunded (the orchestrators were killed at " + whenKilled + ")",
                        MASS_REFUND,
                        () -> refunds(organizer, event),
                        r -> r.status() == 200
                                && r.json().get("refunded").asInt() == MASS_ORDERS
                                && r.json().get("pending").asInt() == 0)
                .json();
        assertThat(progress.get("orders").asInt()).isEqualTo(MASS_ORDERS);
        for (Placed order : placed) {
            JsonNode refunded = ticketing.orderWhen(order.buyer(), order.orderId(), "REFUNDED");
            assertThat(refunded.get("cancellationReason").asText())
                    .as("order %s", refunded)
                    .isEqualTo("EVENT_CANCELLED");
            assertThat(refunded.get("tickets"))
                    .as("order %s", refunded)
                    .hasSize(1)
                    .allSatisfy(ticket ->
                            assertThat(ticket.get("valid").asBoolean()).isFalse());
            JsonNode payment = paymentWhen(order.buyer(), order.orderId(), "REFUNDED");
            assertThat(payment.get("refund").get("amountMinor").asLong())
                    .as("payment %s", payment)
                    .isEqualTo(refunded.get("amountMinor").asLong())
                    .isEqualTo(PRICE_MINOR);
        }
        List<String> orderIds = placed.stream().map(Placed::orderId).toList();
        SystemDatabase database = new SystemDatabase(system);
        assertThat(database.paymentRefundsPerOrder(orderIds))
                .as("money given back per order")
                .hasSize(MASS_ORDERS)
                .allSatisfy((order, refunds) -> assertThat(refunds).isEqualTo(1));
        assertThat(database.orderRefundsPerOrder(orderIds))
                .as("refunds recorded per order")
                .hasSize(MASS_ORDERS)
                .allSatisfy((order, refunds) -> assertThat(refunds).isEqualTo(1));
        Set<String> addresses = placed.stream()
                .map(order -> order.buyer().email().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, Integer> mails = Ticketing.eventually(
                "a refund mail to every buyer",
                Duration.ofSeconds(60),
                () -> refundMailsTo(addresses),
                received -> received.keySet().containsAll(addresses));
        assertThat(mails).as("refund mails per buyer").allSatisfy((address, count) -> assertThat(count)
                .isEqualTo(1));
        ticketing.eventuallyRemaining(event, MASS_ORDERS);
        ticketing.eventuallyReconciled(event);
    }

    private String aConfirmedOrder(Ticketing.User buyer, Ticketing.Event event, int quantity) {
        String orderId = ticketing.buy(buyer, event, quantity, "tok_approve");
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        return orderId;
    }

    private static void assertCancelled(Api.Response response, Ticketing.Event event) {
        assertThat(response.status()).as("cancel %s", response).isEqualTo(202);
        assertThat(response.json().get("id").asText()).isEqualTo(event.id());
        assertThat(response.json().get("status").asText()).isEqualTo("CANCELLED");
    }

    /** The gateway caches the catalog for a moment: the cancellation shows once the projection and the cache have it. */
    private static void eventuallyCancelledInTheCatalog(Ticketing.Event event) {
        Ticketing.eventually(
                "event " + event.id() + " cancelled in the catalog",
                () -> ticketing.api.get("/api/v1/events/" + event.id(), null),
                r -> r.status() == 200 && r.json().get("status").asText().equals("CANCELLED"));
    }

    private void assertRefundedForTheCancellation(Ticketing.User buyer, JsonNode order, int quantity) throws Exception {
        String orderId = order.get("id").asText();
        assertThat(order.get("cancellationReason").asText()).isEqualTo("EVENT_CANCELLED");
        assertThat(order.get("tickets")).hasSize(quantity).allSatisfy(ticket -> assertThat(
                        ticket.get("valid").asBoolean())
                .isFalse());
        JsonNode payment = paymentWhen(buyer, orderId, "REFUNDED");
        assertThat(payment.get("refund").get("amountMinor").asLong()).isEqualTo(quantity * PRICE_MINOR);
        assertRefundMail(buyer, orderId);
    }

    /**
     * The buyer is told at once that the event is cancelled, then which order was refunded, and that it was because
     * the event was cancelled.
     */
    private static void assertRefundMail(Ticketing.User buyer, String orderId) throws IOException, MessagingException {
        MimeMessage mail = ticketing.refundMail(buyer);
        assertThat(mail.getContent().toString())
                .contains(orderId)
                .contains("cancelled")
                .containsIgnoringCase("event");
        List<String> told = ticketing.mailsAbout(buyer, "Your event is cancelled", mails -> !mails.isEmpty()).stream()
                .map(EventCancellationSystemIT::content)
                .toList();
        assertThat(told).anySatisfy(body -> assertThat(body).contains(orderId).contains("refunding"));
    }

    private static String content(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode paymentWhen(Ticketing.User buyer, String orderId, String status) {
        return Ticketing.eventually(
                        "payment of " + orderId + " " + status,
                        () -> ticketing.api.get("/api/v1/payments?orderId=" + orderId, buyer.accessToken()),
                        r -> r.status() == 200
                                && r.json().get("status").asText().equals(status))
                .json();
    }

    private static Api.Response refunds(Ticketing.User caller, Ticketing.Event event) {
        return ticketing.api.get("/api/v1/events/" + event.id() + "/refunds", caller.accessToken());
    }

    /** How many mails saying "refunded" each of these addresses received, for those that received any. */
    private static Map<String, Integer> refundMailsTo(Set<String> addresses) {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage mail : system.infrastructure().mail().receivedMessages()) {
            if (!Ticketing.subject(mail).contains("refunded")) {
                continue;
            }
            for (Address recipient : recipients(mail)) {
                String address = recipient.toString().toLowerCase(Locale.ROOT);
                if (addresses.contains(address)) {
                    counts.merge(address, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<Address> recipients(MimeMessage mail) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients == null ? List.of() : List.of(recipients);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
