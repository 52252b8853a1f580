package com.ticketorleaveit.queryservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.local.Infrastructure;
import com.ticketorleaveit.notifications.api.NotificationDelivered;
import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SeatsReturned;
import com.ticketorleaveit.tickets.api.SeatsSold;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.TierScheduled;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.RoleGranted;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.api.UserRegistered;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every read model of query-services, projected from a purchase's worth of real events in a real PostgreSQL event
 * store, then rebuilt by replaying the store: the rebuilt tables equal the first ones.
 */
@SpringBootTest(classes = QueryServicesApplication.class)
class ProjectionReplayIT {

    private static final Infrastructure infrastructure = startInfrastructure();
    private static final String database = infrastructure.postgres().createScratchDatabase("query_replay_it");

    private static Infrastructure startInfrastructure() {
        try {
            return Infrastructure.start(Path.of("target", "it-infrastructure"), Infrastructure.Options.forTests());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.environmentFor(database).forEach((name, value) -> registry.add(name, () -> value));
        registry.add("TICKETING_JWT_SECRET", () -> "a-test-only-secret-that-is-long-enough-for-hs256");
        registry.add("grpc.server.port", () -> "0");
        // command-services owns the event store schema; here it is migrated the way command-services migrates it
        Flyway.configure()
                .dataSource(
                        infrastructure.postgres().jdbcUrl(database),
                        infrastructure.postgres().user(),
                        infrastructure.postgres().password())
                .schemas("command")
                .createSchemas(true)
                .locations("classpath:db/platform/common", "classpath:db/platform/eventstore")
                .load()
                .migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        infrastructure.close();
    }

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingTheEventStoreRebuildsEveryReadModel() {
        eventStore.publish(aPurchase());
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> projected = readModels();
        assertThat(projected.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        List<TrackingEventProcessor> processors = trackingProcessors();
        processors.forEach(TrackingEventProcessor::shutDown);
        processors.forEach(TrackingEventProcessor::resetTokens);
        assertThat(readModels().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        processors.forEach(TrackingEventProcessor::start);
        awaitCaughtUp();

        assertThat(readModels()).isEqualTo(projected);
    }

    private List<EventMessage<?>> aPurchase() {
        var user = UserId.random();
        var organizerUser = UserId.random();
        var event = EventId.random();
        var tier = TierId.random();
        var order = OrderId.random();
        var payment = PaymentId.forOrder(order.value());
        var notification = NotificationId.of(order.value(), NotificationKind.ORDER_CONFIRMED);
        var starts = OffsetDateTime.parse("2027-06-01T20:00:00+02:00");
        var story = new Story();
        story.add(user, new UserRegistered(user, "Bob", "Buyer", "bob@example.test"));
        story.add(organizerUser, new UserRegistered(organizerUser, "Olga", "Organizer", "olga@example.test"));
        var organizer = OrganizerId.random();
        story.add(
                organizer,
                new OrganizerRegistered(organizer, organizerUser.value(), "Loud Nights", "Olga", "olga@example.test"));
        story.add(organizerUser, new RoleGranted(organizerUser, Role.ORGANIZER));
        var vendor = VendorId.random();
        story.add(vendor, new VendorRegistered(vendor, user.value(), "The Quartet", "Jazz", "Plays late.", null));
        story.add(
                event,
                new EventCreated(
                        event,
                        organizerUser.value(),
                        "Jazz Night",
                        EventType.CONCERT,
                        "Late sets.",
                        List.of("jazz"),
                        new Venue("Blue Room", "1 Main Street", "Springfield"),
                        starts,
                        starts.plusHours(3),
                        List.of(vendor.value()),
                        List.of(new Tier(tier, "General", 4500, "EUR", 100, 4))));
        story.add(event, new EventPublished(event, List.of(tier)));
        story.add(tier, new TierRegistered(tier.value(), event.value(), "General", 4500, "EUR", 100, 4));
        story.add(tier, new TierSalesOpened(tier.value(), event.value()));
        story.add(
                order,
                new OrderPlaced(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        2,
                        "tok_approve",
                        "key-1"));
        story.add(tier, new SeatsReserved(tier.value(), event.value(), order, 2, 4500, "EUR", 98));
        story.add(order, new OrderReserved(order, 9000, "EUR", user.value(), tier.value(), 2, "tok_approve"));
        story.add(
                payment,
                new PaymentRequested(
                        payment, order.value(), user.value(), 9000, "EUR", "tok_approve", payment.toString()));
        story.add(payment, new PaymentApproved(payment, order.value(), 9000, "EUR", "sim-1"));
        story.add(tier, new SeatsSold(tier.value(), event.value(), order, 2));
        story.add(
                order,
                new OrderConfirmed(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        2,
                        9000,
                        "EUR",
                        List.of("CODEONE", "CODETWO")));
        story.add(
                notification,
                new NotificationRequested(
                        notification,
                        user.value(),
                        "bob@example.test",
                        NotificationKind.ORDER_CONFIRMED,
                        order.value(),
                        Map.of("ticketCodes", "CODEONE,CODETWO")));
        story.add(notification, new NotificationDelivered(notification, Instant.parse("2026-11-26T10:00:00Z")));
        aCancelledAndRefundedOrder(story, user, event, tier);
        return story.events;
    }

    /** A second order of the same buyer, confirmed, cancelled, and refunded after one failed attempt. */
    private static void aCancelledAndRefundedOrder(Story story, UserId user, EventId event, TierId tier) {
        var order = OrderId.random();
        var payment = PaymentId.forOrder(order.value());
        story.add(tier, new TierScheduled(tier.value(), event.value(), Instant.parse("2027-06-01T18:00:00Z")));
        story.add(
                order,
                new OrderPlaced(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        1,
                        "tok_approve",
                        "key-2"));
        story.add(tier, new SeatsReserved(tier.value(), event.value(), order, 1, 4500, "EUR", 97));
        story.add(order, new OrderReserved(order, 4500, "EUR", user.value(), tier.value(), 1, "tok_approve"));
        story.add(
                payment,
                new PaymentRequested(
                        payment, order.value(), user.value(), 4500, "EUR", "tok_approve", payment.toString()));
        story.add(payment, new PaymentApproved(payment, order.value(), 4500, "EUR", "sim-2"));
        story.add(tier, new SeatsSold(tier.value(), event.value(), order, 1));
        story.add(
                order,
                new OrderConfirmed(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        1,
                        4500,
                        "EUR",
                        List.of("CODETHREE")));
        story.add(
                order,
                new OrderCancelled(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        1,
                        4500,
                        "EUR",
                        user.value(),
                        CancellationReason.CUSTOMER_REQUEST));
        story.add(tier, new SeatsReturned(tier.value(), event.value(), order, 1, 98));
        String refundKey = "refund-" + payment;
        story.add(
                payment,
                new PaymentRefundRequested(
                        payment, order.value(), 4500, "EUR", payment.toString(), refundKey, 1, "CUSTOMER_REQUEST"));
        story.add(payment, new RefundAttemptFailed(payment, order.value(), 1, "provider error"));
        story.add(
                payment,
                new PaymentRefundRequested(
                        payment, order.value(), 4500, "EUR", payment.toString(), refundKey, 2, "CUSTOMER_REQUEST"));
        story.add(payment, new PaymentRefunded(payment, order.value(), 4500, "EUR", "simref-1"));
        story.add(
                order,
                new OrderRefunded(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        4500,
                        "EUR",
                        CancellationReason.CUSTOMER_REQUEST));
    }

    /** Events in order, each the next in its aggregate's stream, as the command side appends them. */
    private static final class Story {
        private final List<EventMessage<?>> events = new ArrayList<>();
        private final Map<String, Long> sequences = new LinkedHashMap<>();

        void add(Object aggregateId, Object payload) {
            String id = aggregateId.toString();
            long sequence = sequences.merge(id, 0L, (previous, ignored) -> previous + 1);
            events.add(new GenericDomainEventMessage<>("Aggregate", id, sequence, payload));
        }
    }

    private List<TrackingEventProcessor> trackingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .toList();
    }

    /** Every processor has caught up with the last event in the store. */
    private void awaitCaughtUp() {
        long last = jdbc.queryForObject("select max(globalindex) from command.domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> trackingProcessors().stream()
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                                .allMatch(status -> status.isCaughtUp()
                                        && status.getCurrentPosition().orElse(0) >= last)));
    }

    /** SQL arrays compare by identity; their text compares by value. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column, value instanceof java.sql.Array ? value.toString() : value));
        return values;
    }

    /** Every table of the query schema but Axon's and Flyway's own, row by row. */
    private Map<String, List<Map<String, Object>>> readModels() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'query'"
                        + " and table_name not in ('tokenentry', 'deadletterentry', 'inbox', 'flyway_schema_history')"
                        + " order by table_name",
                String.class)) {
            tables.put(
                    table,
                    jdbc.queryForList("select * from query." + table + " order by 1").stream()
                            .map(ProjectionReplayIT::comparable)
                            .toList());
        }
        return tables;
    }
}
