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
import com.ticketorleaveit.platform.security.SecurityProperties;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reconciliation over HTTP, answered from read models projected out of real events in a real PostgreSQL event
 * store. Every story is an event of its own, and the report is asked for that event only.
 */
@SpringBootTest(classes = QueryServicesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReconciliationIT {

    private static final EventStoreTestDatabase database = EventStoreTestDatabase.create("query_reconciliation_it");

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

    @Autowired
    JwtEncoder tokens;

    @Autowired
    SecurityProperties security;

    @Test
    void findsNothingWrongWithPurchasesThatWentRightOrWereRefunded() {
        var sale = anEventWithATierOf(100);
        sale.aConfirmedOrder(2);
        var refunded = sale.aConfirmedOrder(1);
        sale.cancelAndRefund(refunded, 1);
        sale.aReservedOrder(1);
        publish(sale);

        JsonNode report = reconcile(sale.event, 0);

        assertThat(report.path("total").asLong()).isZero();
        assertThat(report.path("examples").isEmpty()).isTrue();
        assertThat(report.path("ordersByStatus").path("CONFIRMED").asLong()).isEqualTo(1);
        assertThat(report.path("ordersByStatus").path("REFUNDED").asLong()).isEqualTo(1);
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

        JsonNode inFlight = reconcile(sale.event, ReconciliationController.DEFAULT_SETTLE_SECONDS);
        JsonNode settled = reconcile(sale.event, 0);

        assertThat(inFlight.path("discrepancies")
                        .path("paidOrdersWithoutTickets")
                        .asLong())
                .isZero();
        assertThat(settled.path("discrepancies")
                        .path("paidOrdersWithoutTickets")
                        .asLong())
                .isEqualTo(1);
        assertThat(settled.path("total").asLong()).isEqualTo(1);
        assertThat(settled.path("examples")
                        .path("paidOrdersWithoutTickets")
                        .get(0)
                        .asText())
                .isEqualTo(expired.toString());
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

    private HttpEntity<Void> signedInAs(String role) {
        return SignedIn.as(tokens, security, UUID.randomUUID(), role);
    }

    private static Sale anEventWithATierOf(int capacity) {
        return new Sale(capacity);
    }

    /** One event with one tier at 45.00 EUR a seat, and the events of its orders, as the command side appends them. */
    private static final class Sale {
        private static final long PRICE = 4500;

        final UUID event;
        final UUID tier;
        private final UUID buyer = UUID.randomUUID();
        private int remaining;
        private final EventStory story = new EventStory();

        Sale(int capacity) {
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

        /** The hold ran out: the order ends and its seats go back on sale. */
        void expire(OrderId order, int quantity) {
            remaining += quantity;
            add(order, new OrderExpired(order, buyer, "bob@example.test"));
            add(tier, new SeatsReleased(tier, event, order, quantity, remaining));
        }

        /** The provider approves the payment after all; nothing confirms nor refunds the order. */
        void approveLate(OrderId order, int quantity) {
            var payment = PaymentId.forOrder(order.value());
            add(payment, new PaymentApproved(payment, order.value(), PRICE * quantity, "EUR", "sim-late-" + order));
        }

        private void add(Object aggregateId, Object payload) {
            story.add(aggregateId, payload);
        }
    }

    private void publish(Sale sale) {
        eventStore.publish(sale.story.events());
        EventStoreTestDatabase.awaitCaughtUp(processing, jdbc);
    }
}
