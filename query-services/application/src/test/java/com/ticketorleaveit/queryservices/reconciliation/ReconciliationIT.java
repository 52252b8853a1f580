package com.ticketorleaveit.queryservices.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import com.ticketorleaveit.queryservices.EventStoreTestDatabase;
import com.ticketorleaveit.queryservices.EventStory;
import com.ticketorleaveit.queryservices.QueryServicesApplication;
import com.ticketorleaveit.queryservices.SignedIn;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.SeatsReleased;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.SeatsSold;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reconciliation over HTTP, answered from read models projected out of real events in a real PostgreSQL event
 * store, and from the simulated provider's records in the tables its own migrations create. Every story is an event of
 * its own, and the report is asked for that event only, except where a charge belongs to no event.
 */
@SpringBootTest(classes = QueryServicesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReconciliationIT {

    private static final EventStoreTestDatabase database = EventStoreTestDatabase.create("query_reconciliation_it");

    /** Every kind of discrepancy the report counts. */
    private static final List<String> KINDS = List.of(
            "tiersWhoseSeatsDoNotAddUp",
            "paidOrdersWithoutTickets",
            "confirmedOrdersWithoutApprovedPayment",
            "refundedOrdersWithoutRefundedPayment",
            "doubleCharges",
            "providerChargesWithoutPayment",
            "providerChargesWithoutConfirmedOrder",
            "confirmedOrdersWithoutProviderCharge",
            "refundsMissingAtProvider",
            "amountMismatches");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        database.register(registry);
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void findsNothingWrongWithPurchasesThatWentRightOrWereRefunded() {
        var sale = anEventWithATierOf(100);
        sale.aConfirmedOrder(2);
        var refunded = sale.aConfirmedOrder(1);
        sale.cancelAndRefund(refunded, 1);
        var refundRetrying = sale.aConfirmedOrder(1);
        sale.cancelWithARefundStillFailing(refundRetrying, 1);
        var unanswered = sale.aReservedOrder(1);
        sale.provider.decidesLater(PaymentId.forOrder(unanswered.value()).toString(), 4500, "EUR", sale.at);
        publish(sale);

        JsonNode report = reconcile(sale.event, 0);

        assertThat(report.path("total").asLong()).isZero();
        assertThat(report.path("examples").isEmpty()).isTrue();
        assertThat(KINDS).allSatisfy(kind -> assertThat(
                        report.path("discrepancies").path(kind).isIntegralNumber())
                .isTrue());
        assertThat(report.path("discrepancies").properties())
                .allSatisfy(count -> assertThat(count.getValue().asLong()).isZero());
        assertThat(report.path("ordersByStatus").path("CONFIRMED").asLong()).isEqualTo(1);
        assertThat(report.path("ordersByStatus").path("REFUNDED").asLong()).isEqualTo(1);
        assertThat(report.path("ordersByStatus").path("CANCELLED").asLong()).isEqualTo(1);
        assertThat(report.path("ordersByStatus").path("RESERVED").asLong()).isEqualTo(1);
        JsonNode tier = report.path("tiers").get(0);
        assertThat(tier.path("tierId").asText()).isEqualTo(sale.tier.toString());
        assertThat(tier.path("capacity").asInt()).isEqualTo(100);
        assertThat(tier.path("remaining").asInt()).isEqualTo(97);
        assertThat(tier.path("taken").asInt()).isEqualTo(3);
        assertThat(tier.path("confirmedSeats").asLong()).isEqualTo(2);
        assertThat(tier.path("heldSeats").asLong()).isEqualTo(1);
        assertThat(tier.path("settled").asBoolean()).isTrue();
        assertThat(tier.path("consistent").asBoolean()).isTrue();
    }

    @Test
    void countsAPaymentApprovedForAnExpiredOrderThatWasNeverRefundedOnceItHasSettled() {
        var sale = anEventWithATierOf(10);
        var expired = sale.aReservedOrder(2);
        sale.expire(expired, 2);
        sale.approveLate(expired, 2);
        publish(sale);

        JsonNode inFlight = reconcile(sale.event, Reconciliation.DEFAULT_SETTLE_SECONDS);
        JsonNode settled = reconcile(sale.event, 0);

        assertThat(inFlight.path("total").asLong()).isZero();
        // the same money, seen in our payments and in the provider's charges
        assertThat(counts(settled))
                .containsEntry("paidOrdersWithoutTickets", 1L)
                .containsEntry("providerChargesWithoutConfirmedOrder", 1L);
        assertThat(settled.path("total").asLong()).isEqualTo(2);
        assertThat(examples(settled, "paidOrdersWithoutTickets")).containsExactly(expired.toString());
        assertThat(examples(settled, "providerChargesWithoutConfirmedOrder")).containsExactly(expired.toString());
    }

    @Test
    void countsATierWhoseCatalogTookFewerSeatsThanItsConfirmedOrdersHold() {
        var sale = anEventWithATierOf(10);
        // the catalog is told one seat went, the order confirms two
        sale.aConfirmedOrder(2, 9);
        publish(sale);

        JsonNode report = reconcile(sale.event, 0);

        assertThat(report.path("discrepancies")
                        .path("tiersWhoseSeatsDoNotAddUp")
                        .asLong())
                .isEqualTo(1);
        assertThat(report.path("tiers").get(0).path("consistent").asBoolean()).isFalse();
        assertThat(report.path("examples")
                        .path("tiersWhoseSeatsDoNotAddUp")
                        .get(0)
                        .asText())
                .isEqualTo(sale.tier.toString());
        assertThat(report.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void countsChargesTheProviderTookUnderKeysNoPaymentOfOursHasOnlyInTheWholePlatformsReport() {
        var sale = anEventWithATierOf(10);
        sale.aConfirmedOrder(1);
        String someoneElses = "someone-elses-" + UUID.randomUUID();
        String unknownPayment = UUID.randomUUID().toString();
        Instant twoMinutesAgo = Instant.now().minusSeconds(120);
        sale.provider.approves(someoneElses, 1000, "EUR", twoMinutesAgo);
        sale.provider.approves(unknownPayment, 1000, "EUR", twoMinutesAgo);
        sale.provider.approves(UUID.randomUUID().toString(), 1000, "EUR", Instant.now());
        sale.provider.declines(UUID.randomUUID().toString(), 1000, "EUR", twoMinutesAgo);
        publish(sale);

        JsonNode everything = reconcileEverything(Reconciliation.DEFAULT_SETTLE_SECONDS);
        JsonNode everythingNow = reconcileEverything(0);
        JsonNode oneEvent = reconcile(sale.event, 0);

        assertThat(everything
                        .path("discrepancies")
                        .path("providerChargesWithoutPayment")
                        .asLong())
                .isEqualTo(2);
        assertThat(examples(everything, "providerChargesWithoutPayment"))
                .containsExactlyInAnyOrder(someoneElses, unknownPayment);
        assertThat(everythingNow
                        .path("discrepancies")
                        .path("providerChargesWithoutPayment")
                        .asLong())
                .isEqualTo(3);
        assertThat(oneEvent.path("total").asLong()).isZero();
    }

    @Test
    void countsAChargeTheProviderKeepsForAnOrderWithoutTicketsWhateverOurPaymentSays() {
        var sale = anEventWithATierOf(10, Instant.now().minusSeconds(120));
        var waitingForItsAnswer = sale.aReservedOrder(1);
        sale.provider.approves(waitingForItsAnswer, 4500, sale.at);
        var refundedByTheProvider = sale.aReservedOrder(1);
        sale.provider.approves(refundedByTheProvider, 4500, sale.at);
        sale.provider.refunds(refundedByTheProvider, sale.at);
        var approvedJustNow = sale.aReservedOrder(1);
        sale.provider.approves(approvedJustNow, 4500, Instant.now());
        publish(sale);

        JsonNode settled = reconcile(sale.event, Reconciliation.DEFAULT_SETTLE_SECONDS);
        JsonNode now = reconcile(sale.event, 0);

        assertThat(settled.path("discrepancies")
                        .path("providerChargesWithoutConfirmedOrder")
                        .asLong())
                .isEqualTo(1);
        assertThat(examples(settled, "providerChargesWithoutConfirmedOrder"))
                .containsExactly(waitingForItsAnswer.toString());
        // our payments still wait: only the provider knows the money was taken
        assertThat(settled.path("total").asLong()).isEqualTo(1);
        assertThat(now.path("discrepancies")
                        .path("providerChargesWithoutConfirmedOrder")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void countsAConfirmedOrderWhoseChargeTheProviderNeverApprovedOrGaveBack() {
        var sale = anEventWithATierOf(10);
        var neverCharged = sale.aConfirmedOrderTheProviderNeverCharged(1);
        var givenBack = sale.aConfirmedOrder(1);
        sale.provider.refunds(givenBack, sale.at);
        var declined = sale.aConfirmedOrderTheProviderNeverCharged(1);
        sale.provider.declines(PaymentId.forOrder(declined.value()).toString(), 4500, "EUR", sale.at);
        publish(sale);

        JsonNode inFlight = reconcile(sale.event, Reconciliation.DEFAULT_SETTLE_SECONDS);
        JsonNode settled = reconcile(sale.event, 0);

        assertThat(inFlight.path("total").asLong()).isZero();
        assertThat(settled.path("discrepancies")
                        .path("confirmedOrdersWithoutProviderCharge")
                        .asLong())
                .isEqualTo(3);
        assertThat(examples(settled, "confirmedOrdersWithoutProviderCharge"))
                .containsExactlyInAnyOrder(neverCharged.toString(), givenBack.toString(), declined.toString());
        // our own payments say approved: only the provider's records show it
        assertThat(settled.path("total").asLong()).isEqualTo(3);
    }

    @Test
    void countsARefundOurRecordsShowThatTheProviderNeverMade() {
        var sale = anEventWithATierOf(10);
        var refundFailedAtTheProvider = sale.aConfirmedOrder(1);
        sale.cancelAndRefundWithoutTheProvider(refundFailedAtTheProvider, 1);
        sale.provider.failsToRefund(refundFailedAtTheProvider, sale.at);
        var neverAskedToRefund = sale.aConfirmedOrder(2);
        sale.cancelAndRefundWithoutTheProvider(neverAskedToRefund, 2);
        publish(sale);

        JsonNode inFlight = reconcile(sale.event, Reconciliation.DEFAULT_SETTLE_SECONDS);
        JsonNode settled = reconcile(sale.event, 0);

        assertThat(inFlight.path("total").asLong()).isZero();
        assertThat(settled.path("discrepancies")
                        .path("refundsMissingAtProvider")
                        .asLong())
                .isEqualTo(2);
        assertThat(examples(settled, "refundsMissingAtProvider"))
                .containsExactlyInAnyOrder(refundFailedAtTheProvider.toString(), neverAskedToRefund.toString());
        assertThat(settled.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void countsChargesForAnotherAmountOrCurrencyThanOurPayments() {
        var sale = anEventWithATierOf(10);
        var halfCharged = sale.aConfirmedOrderTheProviderNeverCharged(2);
        sale.provider.approves(halfCharged, 4500, sale.at);
        var inDollars = sale.aConfirmedOrderTheProviderNeverCharged(1);
        sale.provider.approves(PaymentId.forOrder(inDollars.value()).toString(), 4500, "USD", sale.at);
        publish(sale);

        JsonNode inFlight = reconcile(sale.event, Reconciliation.DEFAULT_SETTLE_SECONDS);
        JsonNode settled = reconcile(sale.event, 0);

        assertThat(inFlight.path("total").asLong()).isZero();
        assertThat(settled.path("discrepancies").path("amountMismatches").asLong())
                .isEqualTo(2);
        assertThat(examples(settled, "amountMismatches"))
                .containsExactlyInAnyOrder(halfCharged.toString(), inDollars.toString());
        assertThat(settled.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void answersTheSameReportOnTheManagementPortWithoutAToken() {
        var sale = anEventWithATierOf(10);
        var expired = sale.aReservedOrder(1);
        sale.expire(expired, 1);
        sale.approveLate(expired, 1);
        publish(sale);

        var operator = http.getForEntity(
                "/actuator/reconciliation?eventId={event}&settleSeconds=0", JsonNode.class, sale.event);

        assertThat(operator.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(operator.getBody().path("total").asLong()).isEqualTo(2);
        assertThat(operator.getBody()).isEqualTo(reconcile(sale.event, 0));
    }

    @Test
    void refusesASettleWindowOutOfRangeOrAnEventIdThatIsNoneOnTheManagementPort() {
        var outOfRange = http.getForEntity("/actuator/reconciliation?settleSeconds=-1", JsonNode.class);
        var notAnId = http.getForEntity("/actuator/reconciliation?eventId=jazz-night", JsonNode.class);

        assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfRange.getBody().path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(notAnId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesSomeoneWhoIsNotAnAdmin() {
        var response =
                http.exchange("/api/v1/admin/reconciliation", HttpMethod.GET, signedInAs("CUSTOMER"), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().path("code").asText()).isEqualTo("FORBIDDEN");
    }

    private JsonNode reconcile(UUID event, int settleSeconds) {
        var response = http.exchange(
                "/api/v1/admin/reconciliation?eventId={event}&settleSeconds={settle}",
                HttpMethod.GET,
                signedInAs("ADMIN"),
                JsonNode.class,
                event,
                settleSeconds);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode reconcileEverything(int settleSeconds) {
        var response = http.exchange(
                "/api/v1/admin/reconciliation?settleSeconds={settle}",
                HttpMethod.GET,
                signedInAs("ADMIN"),
                JsonNode.class,
                settleSeconds);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, Long> counts(JsonNode report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        report.path("discrepancies")
                .properties()
                .forEach(count -> counts.put(count.getKey(), count.getValue().asLong()));
        return counts;
    }

    private static List<String> examples(JsonNode report, String kind) {
        List<String> ids = new ArrayList<>();
        report.path("examples").path(kind).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private HttpEntity<Void> signedInAs(String role) {
        return SignedIn.as(UUID.randomUUID(), role);
    }

    private static Sale anEventWithATierOf(int capacity) {
        return anEventWithATierOf(capacity, Instant.now());
    }

    private static Sale anEventWithATierOf(int capacity, Instant at) {
        return new Sale(capacity, at);
    }

    /**
     * One event with one tier at 45.00 EUR a seat, and the events of its orders, as the command side appends them, all
     * at one instant; with the provider's records of their payments, as a healthy provider keeps them.
     */
    private static final class Sale {
        private static final long PRICE = 4500;

        final UUID event;
        final UUID tier;
        final Instant at;
        final ProviderRecordsTable provider = new ProviderRecordsTable();
        private final UUID buyer = UUID.randomUUID();
        private int remaining;
        private final EventStory story = new EventStory();

        Sale(int capacity, Instant at) {
            this.at = at;
            var eventId = EventId.random();
            var tierId = TierId.random();
            event = eventId.value();
            tier = tierId.value();
            remaining = capacity;
            var starts = OffsetDateTime.parse("2027-06-01T20:00:00+02:00");
            add(
                    eventId,
                    new EventCreated(
                            eventId,
                            UUID.randomUUID(),
                            "Jazz Night",
                            EventType.CONCERT,
                            "Late sets.",
                            List.of("jazz"),
                            new Venue("Blue Room", "1 Main Street", "Springfield"),
                            starts,
                            starts.plusHours(3),
                            List.of(),
                            List.of(new Tier(tierId, "General", PRICE, "EUR", capacity, 4))));
            add(eventId, new EventPublished(eventId, List.of(tierId)));
        }

        /** Placed, its seats held, its payment requested and not yet answered. */
        OrderId aReservedOrder(int quantity) {
            remaining -= quantity;
            return aReservedOrder(quantity, remaining);
        }

        private OrderId aReservedOrder(int quantity, int remainingAfter) {
            var order = OrderId.random();
            var payment = PaymentId.forOrder(order.value());
            add(
                    order,
                    new OrderPlaced(
                            order, buyer, "bob@example.test", event, tier, quantity, "tok_approve", order.toString()));
            add(tier, new SeatsReserved(tier, event, order, quantity, PRICE, "EUR", remainingAfter));
            add(order, new OrderReserved(order, PRICE * quantity, "EUR", buyer, tier, quantity, "tok_approve"));
            add(
                    payment,
                    new PaymentRequested(
                            payment, order.value(), buyer, PRICE * quantity, "EUR", "tok_approve", payment.toString()));
            return order;
        }

        OrderId aConfirmedOrder(int quantity) {
            remaining -= quantity;
            return aConfirmedOrder(quantity, remaining);
        }

        /** A confirmed order whose seat event states {@code remainingAfter}, right or wrong. */
        OrderId aConfirmedOrder(int quantity, int remainingAfter) {
            var order = aConfirmedOrderTheProviderNeverCharged(quantity, remainingAfter);
            provider.approves(order, PRICE * quantity, at);
            return order;
        }

        /** Confirmed in our records, its payment approved, and no charge for it at the provider. */
        OrderId aConfirmedOrderTheProviderNeverCharged(int quantity) {
            remaining -= quantity;
            return aConfirmedOrderTheProviderNeverCharged(quantity, remaining);
        }

        private OrderId aConfirmedOrderTheProviderNeverCharged(int quantity, int remainingAfter) {
            var order = aReservedOrder(quantity, remainingAfter);
            var payment = PaymentId.forOrder(order.value());
            add(payment, new PaymentApproved(payment, order.value(), PRICE * quantity, "EUR", "sim-" + order));
            add(tier, new SeatsSold(tier, event, order, quantity));
            List<String> codes = new ArrayList<>();
            for (int seat = 0; seat < quantity; seat++) {
                codes.add(order + "-" + seat);
            }
            add(
                    order,
                    new OrderConfirmed(
                            order, buyer, "bob@example.test", event, tier, quantity, PRICE * quantity, "EUR", codes));
            return order;
        }

        void cancelAndRefund(OrderId order, int quantity) {
            cancelAndRefundWithoutTheProvider(order, quantity);
            provider.refunds(order, at);
        }

        /** Cancelled and refunded in our records, whatever the provider did. */
        void cancelAndRefundWithoutTheProvider(OrderId order, int quantity) {
            cancelWithARefundRequested(order, quantity);
            var payment = PaymentId.forOrder(order.value());
            long amount = PRICE * quantity;
            add(payment, new PaymentRefunded(payment, order.value(), amount, "EUR", "simref-" + order));
            add(
                    order,
                    new OrderRefunded(
                            order,
                            buyer,
                            "bob@example.test",
                            event,
                            amount,
                            "EUR",
                            CancellationReason.CUSTOMER_REQUEST));
        }

        /** Cancelled, its seats back on sale; the provider failed its refund once, and it will be tried again. */
        void cancelWithARefundStillFailing(OrderId order, int quantity) {
            cancelWithARefundRequested(order, quantity);
            var payment = PaymentId.forOrder(order.value());
            add(payment, new RefundAttemptFailed(payment, order.value(), 1, "refund failed"));
            provider.failsToRefund(order, at);
        }

        private void cancelWithARefundRequested(OrderId order, int quantity) {
            var payment = PaymentId.forOrder(order.value());
            long amount = PRICE * quantity;
            add(
                    order,
                    new OrderCancelled(
                            order,
                            buyer,
                            "bob@example.test",
                            event,
                            tier,
                            quantity,
                            amount,
                            "EUR",
                            buyer,
                            CancellationReason.CUSTOMER_REQUEST));
            remaining += quantity;
            add(tier, new SeatsReturned(tier, event, order, quantity, remaining));
            add(
                    payment,
                    new PaymentRefundRequested(
                            payment,
                            order.value(),
                            amount,
                            "EUR",
                            payment.toString(),
                            "refund-" + payment,
                            1,
                            "CUSTOMER_REQUEST"));
        }

        /** The hold ran out: the order ends and its seats go back on sale. */
        void expire(OrderId order, int quantity) {
            remaining += quantity;
            add(order, new OrderExpired(order, buyer, "bob@example.test"));
            add(tier, new SeatsReleased(tier, event, order, quantity, remaining));
        }

        /** The provider approves the payment after all; nothing confirms nor refunds the order. */
        void approveLate(OrderId order, int quantity) {
            var payment = PaymentId.forOrder(order.value());
            provider.approves(order, PRICE * quantity, at);
            add(payment, new PaymentApproved(payment, order.value(), PRICE * quantity, "EUR", "sim-late-" + order));
        }

        private void add(Object aggregateId, Object payload) {
            story.add(aggregateId, payload, at);
        }
    }

    /**
     * The simulated provider's records, written as it writes them into its tables: one charge per idempotency key (our
     * payment id), and one refund per charge, done once its reference is set.
     */
    private static final class ProviderRecordsTable {
        private final List<Object[]> charges = new ArrayList<>();
        private final List<Object[]> refunds = new ArrayList<>();

        void approves(OrderId order, long amount, Instant at) {
            approves(keyOf(order), amount, "EUR", at);
        }

        void approves(String key, long amount, String currency, Instant at) {
            charge(key, "APPROVED", "sim_" + key, amount, currency, at);
        }

        void declines(String key, long amount, String currency, Instant at) {
            charge(key, "DECLINED", null, amount, currency, at);
        }

        /** Remembered, not decided yet (a card answered later). */
        void decidesLater(String key, long amount, String currency, Instant at) {
            charge(key, "PENDING", null, amount, currency, at);
        }

        void refunds(OrderId order, Instant at) {
            refund(order, 0, "simref_" + keyOf(order), at);
        }

        /** Asked to refund, failed, and still to be asked again: not refunded. */
        void failsToRefund(OrderId order, Instant at) {
            refund(order, 1, null, at);
        }

        private void charge(String key, String outcome, String reference, long amount, String currency, Instant at) {
            charges.add(new Object[] {key, outcome, reference, amount, currency, "tok_approve", Timestamp.from(at)});
        }

        private void refund(OrderId order, int failedAttempts, String reference, Instant at) {
            String key = keyOf(order);
            Object[] charge = charges.stream()
                    .filter(row -> row[0].equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No charge to refund for " + order));
            refunds.add(new Object[] {
                "refund-" + key,
                key,
                failedAttempts,
                reference,
                charge[3],
                charge[4],
                Timestamp.from(at),
                reference == null ? null : Timestamp.from(at)
            });
        }

        void writeTo(JdbcTemplate jdbc) {
            jdbc.batchUpdate("""
                    insert into command.payments_simulated_charges
                        (idempotency_key, outcome, reference, amount_minor, currency, test_card, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, charges);
            jdbc.batchUpdate("""
                    insert into command.payments_simulated_refunds
                        (refund_key, idempotency_key, failed_attempts, reference, amount_minor, currency, created_at,
                         refunded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """, refunds);
        }

        private static String keyOf(OrderId order) {
            return PaymentId.forOrder(order.value()).toString();
        }
    }

    private void publish(Sale sale) {
        sale.provider.writeTo(jdbc);
        eventStore.publish(sale.story.events());
        EventStoreTestDatabase.awaitCaughtUp(processing, jdbc);
    }
}
