package com.ticketorleaveit.queryservices;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventDetailsChanged;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventSalesClosed;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.SalesClosure;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierAdded;
import com.ticketorleaveit.events.api.TierChanged;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.TierSalesWindowChanged;
import com.ticketorleaveit.events.api.VendorBooked;
import com.ticketorleaveit.events.api.VendorUnbooked;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.notifications.api.NotificationDelivered;
import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.organizers.api.OrganizerId;
import com.ticketorleaveit.organizers.api.OrganizerProfileChanged;
import com.ticketorleaveit.organizers.api.OrganizerRegistered;
import com.ticketorleaveit.organizers.api.SealedPayout;
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
import com.ticketorleaveit.tickets.api.SignedTicket;
import com.ticketorleaveit.tickets.api.TicketCheckedIn;
import com.ticketorleaveit.tickets.api.TicketsSigned;
import com.ticketorleaveit.tickets.api.TierCapacityChanged;
import com.ticketorleaveit.tickets.api.TierRegistered;
import com.ticketorleaveit.tickets.api.TierRevised;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesClosed;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import com.ticketorleaveit.tickets.api.TierScheduled;
import com.ticketorleaveit.tickets.api.WaitingListEnded;
import com.ticketorleaveit.tickets.api.WaitingListJoined;
import com.ticketorleaveit.tickets.api.WaitingListLeft;
import com.ticketorleaveit.tickets.api.WaitingListOfferExpired;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import com.ticketorleaveit.tickets.api.WaitingListOfferTaken;
import com.ticketorleaveit.users.api.PasswordChanged;
import com.ticketorleaveit.users.api.ProfileChanged;
import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.RoleGranted;
import com.ticketorleaveit.users.api.RoleRevoked;
import com.ticketorleaveit.users.api.UserDeactivated;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.api.UserRegistered;
import com.ticketorleaveit.vendors.api.VendorDeactivated;
import com.ticketorleaveit.vendors.api.VendorId;
import com.ticketorleaveit.vendors.api.VendorProfileChanged;
import com.ticketorleaveit.vendors.api.VendorReactivated;
import com.ticketorleaveit.vendors.api.VendorRegistered;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every read model of query-services, projected from a purchase's worth of real events and an event's cancellation in
 * a real PostgreSQL event store, then rebuilt by replaying the store: the rebuilt tables equal the first ones.
 */
@SpringBootTest(classes = QueryServicesApplication.class)
class ProjectionReplayIT {

    private static final EventStoreTestDatabase database = EventStoreTestDatabase.create("query_replay_it");

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
        assertThat(jdbc.queryForList(
                        "select status from query.tickets_waiting_list order by number, status", String.class))
                .as("a waiting list's entries: expired, purchased, left, ended")
                .contains("EXPIRED", "PURCHASED", "LEFT", "ENDED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from query.tickets_order_tickets"
                                + " where qr_payload is not null and checked_in_at is not null",
                        Integer.class))
                .as("a signed ticket checked in at the door")
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select name from query.vendors_directory"
                                + " where not active or search @@ websearch_to_tsquery('english', 'soul')"
                                + " order by name",
                        String.class))
                .as("vendors changed, deactivated and back, found by their new words")
                .containsExactly("Old Timers", "The Quartet Plus");
        assertThat(jdbc.queryForList(
                        "select first_name || ' ' || last_name || ' ' || coalesce(picture_url, '-')"
                                + " from query.users_profiles order by 1",
                        String.class))
                .as("a changed profile; a closed account's is gone")
                .containsExactly("Bobby Buyer https://img.example.test/bob.png", "Olga Organizer -");
        assertThat(jdbc.queryForList(
                        "select coalesce(recipient_email, '-') from query.notifications_log order by 1", String.class))
                .as("a closed account's address is forgotten in the notification log")
                .containsExactly("-", "bob@example.test");
        assertThat(jdbc.queryForList(
                        "select industry || ' ' || payout_account_last4 from query.organizers_profiles", String.class))
                .as("an organizer's changed profile: of the payout details only the last four")
                .containsExactly("Live music 3000");
        assertThat(jdbc.queryForList(
                        "select array_to_string(roles, ',') from query.users_profiles where first_name = 'Olga'",
                        String.class))
                .as("a role granted, and one granted and revoked")
                .containsExactly("CUSTOMER,ORGANIZER");
    }

    private List<EventMessage<?>> aPurchase() {
        var user = UserId.random();
        var organizerUser = UserId.random();
        var event = EventId.random();
        var tier = TierId.random();
        var order = OrderId.random();
        var notification = NotificationId.of(order.value(), NotificationKind.ORDER_CONFIRMED);
        var starts = OffsetDateTime.parse("2027-06-01T20:00:00+02:00");
        var story = new EventStory();
        story.add(user, new UserRegistered(user, "Bob", "Buyer", "bob@example.test"));
        story.add(organizerUser, new UserRegistered(organizerUser, "Olga", "Organizer", "olga@example.test"));
        var organizer = OrganizerId.random();
        story.add(
                organizer,
                new OrganizerRegistered(organizer, organizerUser.value(), "Loud Nights", "Olga", "olga@example.test"));
        story.add(organizerUser, new RoleGranted(organizerUser, Role.ORGANIZER));
        story.add(
                organizer,
                new OrganizerProfileChanged(
                        organizer,
                        "Loud Nights",
                        "Olga",
                        "olga@example.test",
                        "Live music",
                        new SealedPayout("3000", "v1:c2VhbGVk")));
        story.add(organizerUser, new RoleGranted(organizerUser, Role.VENDOR));
        story.add(organizerUser, new RoleRevoked(organizerUser, Role.VENDOR));
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
        aConfirmedOrder(story, order, user, event, tier, 2, 98, List.of("CODEONE", "CODETWO"));
        story.add(
                order,
                new TicketsSigned(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        9000,
                        "EUR",
                        List.of(new SignedTicket("CODEONE", "T1.one.sig"), new SignedTicket("CODETWO", "T1.two.sig"))));
        story.add(
                order,
                new TicketCheckedIn(
                        order,
                        event.value(),
                        tier.value(),
                        "CODEONE",
                        Instant.parse("2027-06-01T17:45:00Z"),
                        organizerUser.value()));
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
        aCancelledEventWhoseOrderIsRefunded(story, user, organizerUser);
        aManagedEvent(story, organizerUser);
        vendorsChangingTheirProfiles(story);
        aSoldOutTierWithAWaitingList(story, user, organizerUser);
        accountsChangedAndClosed(story, user);
        return story.events();
    }

    /**
     * Bob gives himself a picture and a new password; Carla, notified once, closes her account: her profile and her
     * address in the notification log are forgotten.
     */
    private static void accountsChangedAndClosed(EventStory story, UserId bob) {
        story.add(bob, new ProfileChanged(bob, "Bobby", "Buyer", "https://img.example.test/bob.png"));
        story.add(bob, new PasswordChanged(bob));
        var carla = UserId.random();
        story.add(carla, new UserRegistered(carla, "Carla", "Closed", "carla@example.test"));
        var notification = NotificationId.of(UUID.randomUUID(), NotificationKind.ORDER_CONFIRMED);
        story.add(
                notification,
                new NotificationRequested(
                        notification,
                        carla.value(),
                        "carla@example.test",
                        NotificationKind.ORDER_CONFIRMED,
                        UUID.randomUUID(),
                        Map.of("ticketCodes", "CODESIX")));
        story.add(carla, new UserDeactivated(carla));
    }

    /**
     * A tier of one seat, sold; three customers wait. The seat comes back (its order cancelled) and is offered to the
     * first, whose offer runs out; it passes to the second, who buys it; the third leaves, a fourth joins, and the event
     * is cancelled, which ends the list.
     */
    private static void aSoldOutTierWithAWaitingList(EventStory story, UserId user, UserId organizerUser) {
        var event = EventId.random();
        var tier = TierId.random();
        var sold = OrderId.random();
        var starts = OffsetDateTime.parse("2027-09-01T19:00:00+02:00");
        story.add(
                event,
                new EventCreated(
                        event,
                        organizerUser.value(),
                        "Front Row Only",
                        EventType.CONCERT,
                        "One seat.",
                        List.of("intimate"),
                        new Venue("Tiny Room", "5 Narrow Street", "Springfield"),
                        starts,
                        starts.plusHours(2),
                        List.of(),
                        List.of(new Tier(tier, "Front Row", 4500, "EUR", 1, 1))));
        story.add(event, new EventPublished(event, List.of(tier)));
        story.add(tier, new TierRegistered(tier.value(), event.value(), "Front Row", 4500, "EUR", 1, 1));
        story.add(tier, new TierSalesOpened(tier.value(), event.value()));
        aConfirmedOrder(story, sold, user, event, tier, 1, 0, List.of("CODEFIVE"));
        UUID[] customers = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        UUID[] entries = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (int i = 0; i < 3; i++) {
            story.add(
                    tier,
                    new WaitingListJoined(
                            tier.value(), event.value(), entries[i], i + 1, customers[i], "waiting@example.test"));
        }
        story.add(
                sold,
                new OrderCancelled(
                        sold,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        1,
                        4500,
                        "EUR",
                        user.value(),
                        CancellationReason.CUSTOMER_REQUEST));
        story.add(tier, new SeatsReturned(tier.value(), event.value(), sold, 1, 1));
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        Instant offeredAt = Instant.parse("2027-08-01T10:00:00Z");
        story.add(tier, offer(tier, event, first, entries[0], customers[0], offeredAt.plusSeconds(900)));
        story.add(tier, new WaitingListOfferExpired(tier.value(), event.value(), first, entries[0], customers[0], 1));
        story.add(tier, offer(tier, event, second, entries[1], customers[1], offeredAt.plusSeconds(1800)));
        var bought = OrderId.random();
        story.add(
                bought,
                new OrderPlaced(
                        bought,
                        customers[1],
                        "waiting@example.test",
                        event.value(),
                        tier.value(),
                        1,
                        "tok_approve",
                        "from-the-list"));
        story.add(
                tier, new WaitingListOfferTaken(tier.value(), event.value(), second, entries[1], customers[1], bought));
        story.add(bought, new OrderReserved(bought, 4500, "EUR", customers[1], tier.value(), 1, "tok_approve"));
        story.add(tier, new WaitingListLeft(tier.value(), event.value(), entries[2], customers[2]));
        story.add(
                tier,
                new WaitingListJoined(tier.value(), event.value(), entries[3], 4, customers[3], "late@example.test"));
        story.add(
                event,
                new EventCancelled(event, List.of(tier), organizerUser.value(), Instant.parse("2027-08-02T08:00:00Z")));
        story.add(tier, new TierSalesCancelled(tier.value(), event.value()));
        story.add(tier, new WaitingListEnded(tier.value(), event.value(), 0));
    }

    private static WaitingListOfferMade offer(
            TierId tier, EventId event, UUID offerId, UUID entryId, UUID customer, Instant expiresAt) {
        return new WaitingListOfferMade(
                tier.value(),
                event.value(),
                offerId,
                entryId,
                customer,
                "waiting@example.test",
                "Front Row",
                4500,
                "EUR",
                expiresAt,
                0);
    }

    /** Another event of the organizer, on sale, cancelled after one order: the order is cancelled and refunded. */
    private static void aCancelledEventWhoseOrderIsRefunded(EventStory story, UserId user, UserId organizerUser) {
        var event = EventId.random();
        var tier = TierId.random();
        var order = OrderId.random();
        var payment = PaymentId.forOrder(order.value());
        var starts = OffsetDateTime.parse("2027-07-01T19:00:00+02:00");
        story.add(
                event,
                new EventCreated(
                        event,
                        organizerUser.value(),
                        "Rain Check",
                        EventType.CONCERT,
                        "Open air.",
                        List.of("open-air"),
                        new Venue("The Park", "2 Green Lane", "Springfield"),
                        starts,
                        starts.plusHours(2),
                        List.of(),
                        List.of(new Tier(tier, "Lawn", 4500, "EUR", 50, 4))));
        story.add(event, new EventPublished(event, List.of(tier)));
        story.add(tier, new TierRegistered(tier.value(), event.value(), "Lawn", 4500, "EUR", 50, 4));
        story.add(tier, new TierSalesOpened(tier.value(), event.value()));
        aConfirmedOrder(story, order, user, event, tier, 1, 49, List.of("CODEFOUR"));
        story.add(
                event,
                new EventCancelled(event, List.of(tier), organizerUser.value(), Instant.parse("2027-06-20T08:00:00Z")));
        story.add(tier, new TierSalesCancelled(tier.value(), event.value()));
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
                        organizerUser.value(),
                        CancellationReason.EVENT_CANCELLED));
        story.add(tier, new SeatsReturned(tier.value(), event.value(), order, 1, 50));
        story.add(
                payment,
                new PaymentRefundRequested(
                        payment,
                        order.value(),
                        4500,
                        "EUR",
                        payment.toString(),
                        "refund-" + payment,
                        1,
                        CancellationReason.EVENT_CANCELLED.name()));
        story.add(payment, new PaymentRefunded(payment, order.value(), 4500, "EUR", "simref-2"));
        story.add(
                order,
                new OrderRefunded(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        4500,
                        "EUR",
                        CancellationReason.EVENT_CANCELLED));
    }

    /**
     * An event changed by its organizer: a draft given another tier and new terms for its first, then new details and
     * times, published, its first tier grown, and its sales closed at its start.
     */
    private static void aManagedEvent(EventStory story, UserId organizerUser) {
        var event = EventId.random();
        var first = TierId.random();
        var added = TierId.random();
        var starts = OffsetDateTime.parse("2027-08-01T19:00:00+02:00");
        var later = OffsetDateTime.parse("2027-08-02T20:00:00+01:00");
        story.add(
                event,
                new EventCreated(
                        event,
                        organizerUser.value(),
                        "Workshop",
                        EventType.WORKSHOP,
                        "Hands on.",
                        List.of("craft"),
                        new Venue("Shed", "3 Yard", "Springfield"),
                        starts,
                        starts.plusHours(2),
                        List.of(),
                        List.of(new Tier(first, "Bench", 2000, "EUR", 10, 2))));
        story.add(event, new TierAdded(event, new Tier(added, "Observer", 500, "EUR", 5, 1), starts));
        story.add(event, new TierChanged(event, new Tier(first, "Workbench", 2500, "EUR", 12, 2)));
        story.add(
                event,
                new EventDetailsChanged(
                        event,
                        "Woodworking Workshop",
                        EventType.WORKSHOP,
                        "Hands on, with oak.",
                        List.of("craft", "wood"),
                        new Venue("Big Shed", "4 Yard", "Shelbyville"),
                        List.of("https://img.example.test/oak.png")));
        story.add(event, new EventRescheduled(event, later, later.plusHours(2), List.of(first, added)));
        story.add(
                event,
                new TierSalesWindowChanged(
                        event, added, Instant.parse("2027-07-01T08:00:00Z"), Instant.parse("2027-08-01T08:00:00Z")));
        var carpenter = UUID.randomUUID();
        story.add(event, new VendorBooked(event, carpenter));
        story.add(event, new VendorBooked(event, UUID.randomUUID()));
        story.add(event, new VendorUnbooked(event, carpenter));
        story.add(event, new EventPublished(event, List.of(first, added)));
        story.add(first, new TierRegistered(first.value(), event.value(), "Bench", 2000, "EUR", 10, 2));
        story.add(first, new TierRevised(first.value(), event.value(), "Workbench", 2500, "EUR", 12, 2, 12));
        story.add(first, new TierSalesOpened(first.value(), event.value()));
        story.add(first, new TierCapacityChanged(first.value(), event.value(), 20, 20));
        story.add(
                event,
                new EventSalesClosed(
                        event, List.of(first, added), SalesClosure.EVENT_STARTED, null, later.toInstant()));
        story.add(first, new TierSalesClosed(first.value(), event.value()));
    }

    /** A vendor renamed and rewritten, deactivated by its owner and back; another deactivated by an admin. */
    private static void vendorsChangingTheirProfiles(EventStory story) {
        var owner = UUID.randomUUID();
        var trio = VendorId.random();
        story.add(trio, new VendorRegistered(trio, owner, "The Trio", "Jazz", "Three of us.", null));
        story.add(
                trio,
                new VendorProfileChanged(
                        trio, "The Quartet Plus", "Soul", "Four of us now.", "https://img.example.test/q.png"));
        story.add(
                trio,
                new VendorDeactivated(trio, "The Quartet Plus", owner, false, Instant.parse("2027-02-01T10:00:00Z")));
        story.add(trio, new VendorReactivated(trio, owner, Instant.parse("2027-02-08T10:00:00Z")));
        var retired = VendorId.random();
        story.add(retired, new VendorRegistered(retired, UUID.randomUUID(), "Old Timers", "Swing", null, null));
        story.add(
                retired,
                new VendorDeactivated(
                        retired, "Old Timers", UUID.randomUUID(), true, Instant.parse("2027-02-09T10:00:00Z")));
    }

    /** Placed, its seats held ({@code remainingAfter} left), paid at 45.00 EUR a seat and confirmed. */
    private static void aConfirmedOrder(
            EventStory story,
            OrderId order,
            UserId user,
            EventId event,
            TierId tier,
            int quantity,
            int remainingAfter,
            List<String> ticketCodes) {
        var payment = PaymentId.forOrder(order.value());
        long amount = 4500L * quantity;
        story.add(
                order,
                new OrderPlaced(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        quantity,
                        "tok_approve",
                        "key-" + order));
        story.add(tier, new SeatsReserved(tier.value(), event.value(), order, quantity, 4500, "EUR", remainingAfter));
        story.add(order, new OrderReserved(order, amount, "EUR", user.value(), tier.value(), quantity, "tok_approve"));
        story.add(
                payment,
                new PaymentRequested(
                        payment, order.value(), user.value(), amount, "EUR", "tok_approve", payment.toString()));
        story.add(payment, new PaymentApproved(payment, order.value(), amount, "EUR", "sim-" + order));
        story.add(tier, new SeatsSold(tier.value(), event.value(), order, quantity));
        story.add(
                order,
                new OrderConfirmed(
                        order,
                        user.value(),
                        "bob@example.test",
                        event.value(),
                        tier.value(),
                        quantity,
                        amount,
                        "EUR",
                        ticketCodes));
    }

    /** A second order of the same buyer, confirmed, cancelled, and refunded after one failed attempt. */
    private static void aCancelledAndRefundedOrder(EventStory story, UserId user, EventId event, TierId tier) {
        var order = OrderId.random();
        var payment = PaymentId.forOrder(order.value());
        story.add(tier, new TierScheduled(tier.value(), event.value(), Instant.parse("2027-06-01T18:00:00Z")));
        aConfirmedOrder(story, order, user, event, tier, 1, 97, List.of("CODETHREE"));
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

    private List<TrackingEventProcessor> trackingProcessors() {
        return EventStoreTestDatabase.trackingProcessors(processing);
    }

    private void awaitCaughtUp() {
        EventStoreTestDatabase.awaitCaughtUp(processing, jdbc);
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
