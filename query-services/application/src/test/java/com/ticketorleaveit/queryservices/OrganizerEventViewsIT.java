package com.ticketorleaveit.queryservices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.TicketCheckedIn;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.WaitingListJoined;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An event as query-services shows it over HTTP, projected from real events in a real PostgreSQL event store: the
 * catalog's CANCELLED event, and what its organizer follows (its dashboard, the refund progress of its cancellation,
 * the organizer's own events). Every test tells the story of an event of its own.
 */
@SpringBootTest(classes = QueryServicesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizerEventViewsIT {

    private static final Instant CANCELLED_AT = Instant.parse("2027-05-01T09:30:00Z");

    private static final EventStoreTestDatabase database = EventStoreTestDatabase.create("query_organizer_views_it");

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
    void showsTheCancelledEventToEveryoneAsCancelledWithNoTierOnSale() {
        var sale = anEventOnSale();
        sale.cancel();
        publish(sale);

        var response = http.getForEntity("/api/v1/events/{event}", JsonNode.class, sale.event);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(response.getBody().path("cancelledAt").asText()).isEqualTo(CANCELLED_AT.toString());
        assertThat(response.getBody().path("tiers").get(0).path("onSale").asBoolean())
                .isFalse();
    }

    @Test
    void countsTheOrdersDueTheirMoneyBackWithTheEventAndThoseRefundedAlready() {
        var sale = anEventOnSale();
        sale.aConfirmedOrder(); // not reached by the cancellation yet
        var cancelled = sale.aConfirmedOrder();
        var refunded = sale.aConfirmedOrder();
        // cancelled by its buyer before the event was: its refund is not the event's
        sale.refunded(sale.cancelledByItsBuyer(sale.aConfirmedOrder()));
        var paidAfterTheCancellation = sale.aReservedOrder();
        sale.aReservedOrder();
        sale.cancel();
        sale.cancelledWithTheEvent(cancelled);
        sale.refundedWithTheEvent(sale.cancelledWithTheEvent(refunded));
        sale.cancelledWithTheEvent(paidAfterTheCancellation);
        var otherSale = anEventOnSale();
        otherSale.aConfirmedOrder();
        publish(sale, otherSale);

        JsonNode progress = refundsOf(sale.event, sale.organizer, "ORGANIZER");

        assertThat(progress.path("eventId").asText()).isEqualTo(sale.event.toString());
        assertThat(progress.path("orders").asLong()).isEqualTo(4);
        assertThat(progress.path("refunded").asLong()).isEqualTo(1);
        assertThat(progress.path("pending").asLong()).isEqualTo(3);
    }

    @Test
    void answersAnAdminForSomeoneElsesEvent() {
        var sale = anEventOnSale();
        var order = sale.aConfirmedOrder();
        sale.cancel();
        sale.refundedWithTheEvent(sale.cancelledWithTheEvent(order));
        publish(sale);

        JsonNode progress = refundsOf(sale.event, UUID.randomUUID(), "ADMIN");

        assertThat(progress.path("orders").asLong()).isEqualTo(1);
        assertThat(progress.path("refunded").asLong()).isEqualTo(1);
        assertThat(progress.path("pending").asLong()).isZero();
    }

    @Test
    void answersAnotherOrganizerAsIfTheEventDidNotExist() {
        var sale = anEventOnSale();
        var order = sale.aConfirmedOrder();
        sale.cancel();
        sale.cancelledWithTheEvent(order);
        publish(sale);

        var response = askRefundsOf(sale.event, UUID.randomUUID(), "ORGANIZER");

        assertNotFound(response);
    }

    @Test
    void answersAnUnknownEventAsNotFound() {
        var response = askRefundsOf(UUID.randomUUID(), UUID.randomUUID(), "ADMIN");

        assertNotFound(response);
    }

    @Test
    void showsTheOrganizerSeatsTakingsAndCheckInsPerTierOrdersByStatusAndRefunds() {
        var sale = anEventOnSale();
        sale.checkedIn(sale.aConfirmedOrder());
        sale.aConfirmedOrder();
        sale.aReservedOrder();
        sale.refunded(sale.cancelledByItsBuyer(sale.aConfirmedOrder()));
        sale.cancelledByItsBuyer(sale.aConfirmedOrder());
        sale.aSeatOffered();
        publish(sale);

        var response = http.exchange(
                "/api/v1/events/{event}/dashboard",
                HttpMethod.GET,
                signedInAs(sale.organizer, "ORGANIZER"),
                JsonNode.class,
                sale.event);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dashboard = response.getBody();
        assertThat(dashboard.path("name").asText()).isEqualTo("Jazz Night");
        assertThat(dashboard.path("status").asText()).isEqualTo("PUBLISHED");
        JsonNode tier = dashboard.path("tiers").get(0);
        assertThat(tier.path("capacity").asInt()).isEqualTo(100);
        assertThat(tier.path("sold").asLong()).isEqualTo(2);
        assertThat(tier.path("held").asLong()).isEqualTo(1);
        assertThat(tier.path("offered").asLong()).isEqualTo(1);
        assertThat(tier.path("revenueMinor").asLong()).isEqualTo(2 * Sale.PRICE);
        assertThat(dashboard.path("revenue").get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(dashboard.path("revenue").get(0).path("amountMinor").asLong())
                .isEqualTo(2 * Sale.PRICE);
        assertThat(dashboard.path("ordersByStatus").path("CONFIRMED").asLong()).isEqualTo(2);
        assertThat(dashboard.path("ordersByStatus").path("RESERVED").asLong()).isEqualTo(1);
        assertThat(dashboard.path("ordersByStatus").path("REFUNDED").asLong()).isEqualTo(1);
        assertThat(dashboard.path("ordersByStatus").path("CANCELLED").asLong()).isEqualTo(1);
        assertThat(dashboard.path("refunds").path("refunded").asLong()).isEqualTo(1);
        assertThat(dashboard.path("refunds").path("refundedAmountMinor").asLong())
                .isEqualTo(Sale.PRICE);
        assertThat(dashboard.path("refunds").path("pending").asLong()).isEqualTo(1);
        assertThat(tier.path("checkedIn").asLong()).isEqualTo(1);
        assertThat(dashboard.path("checkedIn").asLong()).isEqualTo(1);
    }

    @Test
    void showsTheDashboardToAnAdminButToAnotherOrganizerOnlyAsAnUnknownEvent() {
        var sale = anEventOnSale();
        sale.aConfirmedOrder();
        publish(sale);

        var admin = http.exchange(
                "/api/v1/events/{event}/dashboard",
                HttpMethod.GET,
                signedInAs(UUID.randomUUID(), "ADMIN"),
                JsonNode.class,
                sale.event);
        var another = http.exchange(
                "/api/v1/events/{event}/dashboard",
                HttpMethod.GET,
                signedInAs(UUID.randomUUID(), "ORGANIZER"),
                JsonNode.class,
                sale.event);
        var anonymous = http.getForEntity("/api/v1/events/{event}/dashboard", JsonNode.class, sale.event);

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().path("tiers").get(0).path("sold").asLong()).isEqualTo(1);
        assertNotFound(another);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void listsTheOrganizersOwnEventsDraftsIncludedAndNoOneElses() {
        var published = anEventOnSale();
        var draft = published.aDraftOfTheSameOrganizer();
        var someoneElses = anEventOnSale();
        publish(published, draft, someoneElses);

        var response = http.exchange(
                "/api/v1/organizers/me/events",
                HttpMethod.GET,
                signedInAs(published.organizer, "ORGANIZER"),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("total").asLong()).isEqualTo(2);
        assertThat(response.getBody().path("items").findValuesAsText("id"))
                .containsExactlyInAnyOrder(published.event.toString(), draft.event.toString());
        assertThat(response.getBody().path("items").findValuesAsText("status"))
                .containsExactlyInAnyOrder("PUBLISHED", "DRAFT");
    }

    private static void assertNotFound(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody().path("code").asText()).isEqualTo("EVENT_NOT_FOUND");
    }

    private JsonNode refundsOf(UUID event, UUID user, String role) {
        var response = askRefundsOf(event, user, role);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> askRefundsOf(UUID event, UUID user, String role) {
        return http.exchange(
                "/api/v1/events/{event}/refunds", HttpMethod.GET, signedInAs(user, role), JsonNode.class, event);
    }

    private HttpEntity<Void> signedInAs(UUID user, String role) {
        return SignedIn.as(user, role);
    }

    private static Sale anEventOnSale() {
        return new Sale();
    }

    /**
     * One published event of its own organizer, with one tier on sale at 45.00 EUR a seat, and the events of its
     * orders and its cancellation, as the command side appends them. Seats and payments are left out: neither read
     * here is made of them.
     */
    private static final class Sale {
        private static final long PRICE = 4500;

        final UUID event;
        final UUID organizer;
        private final EventId eventId = EventId.random();
        private final TierId tierId = TierId.random();
        private final UUID tier = tierId.value();
        private final UUID buyer = UUID.randomUUID();
        private final EventStory story = new EventStory();

        Sale() {
            this(UUID.randomUUID(), true);
        }

        private Sale(UUID organizer, boolean published) {
            this.organizer = organizer;
            event = eventId.value();
            var starts = OffsetDateTime.parse("2027-06-01T20:00:00+02:00");
            story.add(
                    eventId,
                    new EventCreated(
                            eventId,
                            organizer,
                            "Jazz Night",
                            EventType.CONCERT,
                            "Late sets.",
                            List.of("jazz"),
                            new Venue("Blue Room", "1 Main Street", "Springfield"),
                            starts,
                            starts.plusHours(3),
                            List.of(),
                            List.of(new Tier(tierId, "General", PRICE, "EUR", 100, 4))));
            if (published) {
                story.add(eventId, new EventPublished(eventId, List.of(tierId)));
                story.add(tierId, new TierSalesOpened(tier, event));
            }
        }

        /** An event of this one's organizer, never published. */
        Sale aDraftOfTheSameOrganizer() {
            return new Sale(organizer, false);
        }

        OrderId aReservedOrder() {
            var order = OrderId.random();
            story.add(
                    order,
                    new OrderPlaced(order, buyer, "bob@example.test", event, tier, 1, "tok_approve", order.toString()));
            story.add(order, new OrderReserved(order, PRICE, "EUR", buyer, tier, 1, "tok_approve"));
            return order;
        }

        OrderId aConfirmedOrder() {
            var order = aReservedOrder();
            story.add(
                    order,
                    new OrderConfirmed(
                            order, buyer, "bob@example.test", event, tier, 1, PRICE, "EUR", List.of(order + "-0")));
            return order;
        }

        OrderId cancelledWithTheEvent(OrderId order) {
            return cancelled(order, organizer, CancellationReason.EVENT_CANCELLED);
        }

        OrderId cancelledByItsBuyer(OrderId order) {
            return cancelled(order, buyer, CancellationReason.CUSTOMER_REQUEST);
        }

        private OrderId cancelled(OrderId order, UUID by, CancellationReason reason) {
            story.add(
                    order,
                    new OrderCancelled(order, buyer, "bob@example.test", event, tier, 1, PRICE, "EUR", by, reason));
            return order;
        }

        void refundedWithTheEvent(OrderId order) {
            refunded(order, CancellationReason.EVENT_CANCELLED);
        }

        void refunded(OrderId order) {
            refunded(order, CancellationReason.CUSTOMER_REQUEST);
        }

        private void refunded(OrderId order, CancellationReason reason) {
            story.add(order, new OrderRefunded(order, buyer, "bob@example.test", event, PRICE, "EUR", reason));
        }

        void checkedIn(OrderId order) {
            story.add(
                    order,
                    new TicketCheckedIn(order, event, tier, order + "-0", CANCELLED_AT.minusSeconds(60), organizer));
        }

        /** A customer of the tier's waiting list is offered a seat. */
        void aSeatOffered() {
            var customer = UUID.randomUUID();
            var entry = UUID.randomUUID();
            story.add(tierId, new WaitingListJoined(tier, event, entry, 1, customer, "ann@example.test"));
            story.add(
                    tierId,
                    new WaitingListOfferMade(
                            tier,
                            event,
                            UUID.randomUUID(),
                            entry,
                            customer,
                            "ann@example.test",
                            "General",
                            PRICE,
                            "EUR",
                            CANCELLED_AT,
                            0));
        }

        void cancel() {
            story.add(eventId, new EventCancelled(eventId, List.of(tierId), organizer, CANCELLED_AT));
            story.add(tierId, new TierSalesCancelled(tier, event));
        }
    }

    private void publish(Sale... sales) {
        for (Sale sale : sales) {
            eventStore.publish(sale.story.events());
        }
        EventStoreTestDatabase.awaitCaughtUp(processing, jdbc);
    }
}
