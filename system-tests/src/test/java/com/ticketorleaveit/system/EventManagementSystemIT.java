package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organizer manages an event through the gateway (ADR 17): changes a draft's details and tiers before publishing it,
 * grows and shrinks a tier on sale but never below its seats sold and held, closes its sales (an order placed after
 * that is rejected), sells a tier within its sale window only, books and unbooks vendors the directory knows, and its
 * sales close by themselves when it starts. Someone else's event is answered 404.
 */
class EventManagementSystemIT extends SystemTest {

    static Ticketing.User organizer;
    static Ticketing.User anotherOrganizer;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
        anotherOrganizer = ticketing.anOrganizer();
    }

    @Test
    void aTierOnSaleGrowsAndShrinksDownToItsSoldSeatsButNeverBelow() {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        String tierPath =
                "/api/v1/events/" + event.id() + "/tiers/" + event.tier().id();
        confirmed(ticketing.aSignedInCustomer(), event, 4);
        confirmed(ticketing.aSignedInCustomer(), event, 2);

        var belowSold = ticketing.api.patch(tierPath, organizer.accessToken(), Map.of("capacity", 5));
        var bySomeoneElse = ticketing.api.patch(tierPath, anotherOrganizer.accessToken(), Map.of("capacity", 50));
        var newPrice = ticketing.api.patch(tierPath, organizer.accessToken(), Map.of("priceMinor", 1));
        var noSeats = ticketing.api.patch(tierPath, organizer.accessToken(), Map.of("capacity", 0));
        var unknownTier = ticketing.api.patch(
                "/api/v1/events/" + event.id() + "/tiers/" + UUID.randomUUID(),
                organizer.accessToken(),
                Map.of("capacity", 50));

        assertProblem(belowSold, 409, "CAPACITY_BELOW_TAKEN");
        assertProblem(bySomeoneElse, 404, "EVENT_NOT_FOUND");
        assertProblem(newPrice, 409, "EVENT_ALREADY_PUBLISHED");
        assertThat(noSeats.status()).as("%s", noSeats).isEqualTo(400);
        assertThat(noSeats.contentType()).startsWith("application/problem+json");
        assertProblem(unknownTier, 404, "EVENT_TIER_NOT_FOUND");

        var downToSold = ticketing.api.patch(tierPath, organizer.accessToken(), Map.of("capacity", 6));
        assertThat(downToSold.status()).as("%s", downToSold).isEqualTo(200);
        eventuallyTier(event, 6, 0);
        var soldOut = ticketing.placeOrder(
                ticketing.aSignedInCustomer(),
                event,
                1,
                "tok_approve",
                UUID.randomUUID().toString());
        assertThat(soldOut.json().get("status").asText()).as("%s", soldOut).isEqualTo("REJECTED");

        var grown = ticketing.api.patch(tierPath, organizer.accessToken(), Map.of("capacity", 9));
        assertThat(grown.status()).as("%s", grown).isEqualTo(200);
        eventuallyTier(event, 9, 3);
        confirmed(ticketing.aSignedInCustomer(), event, 3);
    }

    @Test
    void closedSalesTurnAwayTheNextOrderWhileTicketsSoldStayValid() {
        var event = ticketing.aPublishedEvent(organizer, 10, 2, List.of());
        var buyer = ticketing.aSignedInCustomer();
        String sold = confirmed(buyer, event, 1);

        var bySomeoneElse = ticketing.api.post(closeSales(event.id()), anotherOrganizer.accessToken(), Map.of());
        var closed = ticketing.api.post(closeSales(event.id()), organizer.accessToken(), Map.of());
        var late = ticketing.aSignedInCustomer();
        var turnedAway = ticketing.placeOrder(
                late, event, 1, "tok_approve", UUID.randomUUID().toString());
        var again = ticketing.api.post(closeSales(event.id()), organizer.accessToken(), Map.of());

        assertProblem(bySomeoneElse, 404, "EVENT_NOT_FOUND");
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("SALES_CLOSED");
        assertThat(turnedAway.status()).as("%s", turnedAway).isEqualTo(202);
        JsonNode order =
                ticketing.finalOrder(late, turnedAway.json().get("orderId").asText());
        assertThat(order.get("status").asText()).isEqualTo("REJECTED");
        assertThat(order.get("failureReason").asText()).isEqualTo("SALES_CLOSED");
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(ticketing.finalOrder(buyer, sold).get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode details = Ticketing.eventually(
                        "closed sales in the catalog",
                        () -> ticketing.api.get("/api/v1/events/" + event.id(), null),
                        r -> r.status() == 200 && r.json().hasNonNull("salesClosedAt"))
                .json();
        assertThat(details.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(details.get("tiers").get(0).get("onSale").asBoolean()).isFalse();
    }

    @Test
    void aDraftsSalesCannotBeClosed() {
        String draft = aDraft();

        assertProblem(
                ticketing.api.post(closeSales(draft), organizer.accessToken(), Map.of()), 409, "EVENT_NOT_PUBLISHED");
    }

    @Test
    void aDraftTakesNewDetailsTimesAndTiersBeforeItIsPublishedAndSellsThem() {
        String draft = aDraft();
        String word = Ticketing.aWord();
        OffsetDateTime start =
                OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(40).withNano(0);

        var changed = ticketing.api.patch(
                "/api/v1/events/" + draft,
                organizer.accessToken(),
                Map.of(
                        "name", "Harbour " + word,
                        "venue", Map.of("name", "Quay Hall", "address", "2 Quay", "city", "Porto"),
                        "startsAt", start.toString(),
                        "endsAt", start.plusHours(2).toString(),
                        "imageUrls", List.of("https://img.example.test/harbour.png")));
        var endsBeforeItStarts = ticketing.api.patch(
                "/api/v1/events/" + draft,
                organizer.accessToken(),
                Map.of("endsAt", start.minusHours(1).toString()));
        var bySomeoneElse =
                ticketing.api.patch("/api/v1/events/" + draft, anotherOrganizer.accessToken(), Map.of("name", "Mine"));
        var added = ticketing.api.post(
                "/api/v1/events/" + draft + "/tiers",
                organizer.accessToken(),
                Map.of("name", "Balcony", "priceMinor", 3000, "currency", "EUR", "capacity", 20, "perOrderLimit", 2));
        String balcony = added.json().get("id").asText();
        var repriced = ticketing.api.patch(
                "/api/v1/events/" + draft + "/tiers/" + balcony,
                organizer.accessToken(),
                Map.of("priceMinor", 3500, "capacity", 30));

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertProblem(endsBeforeItStarts, 422, "INVALID_SCHEDULE");
        assertProblem(bySomeoneElse, 404, "EVENT_NOT_FOUND");
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(repriced.status()).as("%s", repriced).isEqualTo(200);

        assertThat(ticketing
                        .api
                        .post("/api/v1/events/" + draft + "/publish", organizer.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);
        JsonNode details = Ticketing.eventually(
                        "the changed event on sale",
                        () -> ticketing.api.get("/api/v1/events/" + draft, null),
                        r -> r.status() == 200
                                && r.json().path("tiers").path(1).path("onSale").asBoolean())
                .json();
        assertThat(details.get("name").asText()).isEqualTo("Harbour " + word);
        assertThat(details.get("venue").get("city").asText()).isEqualTo("Porto");
        assertThat(OffsetDateTime.parse(details.get("startsAt").asText())).isEqualTo(start);
        assertThat(details.get("imageUrls").get(0).asText()).isEqualTo("https://img.example.test/harbour.png");
        JsonNode tier = details.get("tiers").get(1);
        assertThat(tier.get("name").asText()).isEqualTo("Balcony");
        assertThat(tier.get("priceMinor").asLong()).isEqualTo(3500);
        assertThat(tier.get("capacity").asInt()).isEqualTo(30);
        assertThat(ticketing
                        .api
                        .get("/api/v1/events?q=" + word, null)
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(draft);
        // the tier's inventory took the new price: an order pays it
        var event = new Ticketing.Event(draft, new Ticketing.Tier(balcony, 30));
        var buyer = ticketing.aSignedInCustomer();
        JsonNode order = ticketing.finalOrder(buyer, ticketing.buy(buyer, event, 2, "tok_approve"));
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("amountMinor").asLong()).isEqualTo(7000);

        assertProblem(
                ticketing.api.post(
                        "/api/v1/events/" + draft + "/tiers",
                        organizer.accessToken(),
                        Map.of(
                                "name",
                                "Late",
                                "priceMinor",
                                100,
                                "currency",
                                "EUR",
                                "capacity",
                                5,
                                "perOrderLimit",
                                1)),
                409,
                "EVENT_ALREADY_PUBLISHED");
    }

    @Test
    void vendorsAreBookedWhenTheDirectoryKnowsThemAndUnbookedAgain() {
        var event = ticketing.aPublishedEvent(organizer, 10, 2, List.of());
        String vendor = ticketing.aVendor("Quartet " + UUID.randomUUID()).id();
        String path = "/api/v1/events/" + event.id() + "/vendors/";

        var booked = ticketing.api.put(path + vendor, organizer.accessToken());
        var again = ticketing.api.put(path + vendor, organizer.accessToken());
        var unknown = ticketing.api.put(path + UUID.randomUUID(), organizer.accessToken());
        var bySomeoneElse = ticketing.api.put(path + vendor, anotherOrganizer.accessToken());

        assertThat(booked.status()).as("%s", booked).isEqualTo(200);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertProblem(unknown, 422, "UNKNOWN_VENDOR");
        assertProblem(bySomeoneElse, 404, "EVENT_NOT_FOUND");
        Ticketing.eventually(
                "the vendor in the catalog",
                () -> ticketing.api.get("/api/v1/events?vendorId=" + vendor, null),
                r -> r.status() == 200 && r.json().get("items").size() == 1);

        var unbooked = ticketing.api.delete(path + vendor, organizer.accessToken());
        assertThat(unbooked.status()).as("%s", unbooked).isEqualTo(204);
        assertThat(ticketing.api.delete(path + vendor, organizer.accessToken()).status())
                .isEqualTo(204);
        Ticketing.eventually(
                "the vendor gone from the event",
                () -> ticketing.api.get("/api/v1/events/" + event.id(), null),
                r -> r.status() == 200 && r.json().get("vendorIds").isEmpty());
    }

    @Test
    void aTierSellsWithinItsSaleWindowOnly() {
        JsonNode created = aDraftCreated();
        String draft = created.get("id").asText();
        String tier = created.get("tiers").get(0).get("id").asText();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        String tierPath = "/api/v1/events/" + draft + "/tiers/" + tier;
        var inAnHour = ticketing.api.patch(
                tierPath,
                organizer.accessToken(),
                Map.of(
                        "salesStartAt",
                        now.plusHours(1).toString(),
                        "salesEndAt",
                        now.plusDays(2).toString()));
        var backwards = ticketing.api.patch(
                tierPath,
                organizer.accessToken(),
                Map.of(
                        "salesStartAt",
                        now.plusDays(2).toString(),
                        "salesEndAt",
                        now.plusHours(1).toString()));
        assertThat(inAnHour.status()).as("%s", inAnHour).isEqualTo(200);
        assertProblem(backwards, 422, "INVALID_SALES_WINDOW");
        var event = publishedDraft(draft, tier);
        var early = ticketing.aSignedInCustomer();

        JsonNode tooEarly = ticketing.finalOrder(early, ticketing.buy(early, event, 1, "tok_approve"));
        assertThat(tooEarly.get("status").asText()).isEqualTo("REJECTED");
        assertThat(tooEarly.get("failureReason").asText()).isEqualTo("SALES_NOT_OPEN");

        var fromNow = ticketing.api.patch(
                tierPath,
                organizer.accessToken(),
                Map.of("salesEndAt", now.plusDays(2).toString()));
        assertThat(fromNow.status()).as("%s", fromNow).isEqualTo(200);
        var buyer = ticketing.aSignedInCustomer();
        var reserved = Ticketing.eventually(
                "an order within the window",
                () -> ticketing.placeOrder(
                        buyer, event, 1, "tok_decline", UUID.randomUUID().toString()),
                r -> r.status() == 202 && r.json().get("status").asText().equals("RESERVED"));
        assertThat(reserved.json().get("status").asText()).isEqualTo("RESERVED");
    }

    private Ticketing.Event publishedDraft(String draft, String tier) {
        assertThat(ticketing
                        .api
                        .post("/api/v1/events/" + draft + "/publish", organizer.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);
        Ticketing.eventually(
                "tier on sale",
                () -> ticketing.api.get("/api/v1/events/" + draft, null),
                r -> r.status() == 200
                        && r.json().path("tiers").path(0).path("onSale").asBoolean());
        return new Ticketing.Event(draft, new Ticketing.Tier(tier, 10));
    }

    @Test
    void salesCloseByThemselvesWhenTheEventStarts() {
        var event = ticketing.aPublishedEventStartingIn(Duration.ofSeconds(25), organizer, 10, 2);

        Ticketing.eventually(
                "sales closed at the start",
                Duration.ofSeconds(90),
                () -> ticketing.api.get("/api/v1/events/" + event.id(), null),
                r -> r.status() == 200 && r.json().hasNonNull("salesClosedAt"));

        var late = ticketing.aSignedInCustomer();
        var turnedAway = ticketing.placeOrder(
                late, event, 1, "tok_approve", UUID.randomUUID().toString());
        JsonNode order =
                ticketing.finalOrder(late, turnedAway.json().get("orderId").asText());
        assertThat(order.get("status").asText()).isEqualTo("REJECTED");
        assertThat(order.get("failureReason").asText()).isEqualTo("SALES_CLOSED");
    }

    private String aDraft() {
        return aDraftCreated().get("id").asText();
    }

    private JsonNode aDraftCreated() {
        var created =
                ticketing.api.post("/api/v1/events", organizer.accessToken(), Ticketing.anEvent(10, 2, List.of()));
        assertThat(created.status()).as("create event %s", created).isEqualTo(201);
        return created.json();
    }

    private static String closeSales(String eventId) {
        return "/api/v1/events/" + eventId + "/close-sales";
    }

    private static String confirmed(Ticketing.User buyer, Ticketing.Event event, int quantity) {
        String orderId = ticketing.buy(buyer, event, quantity, "tok_approve");
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        return orderId;
    }

    /** The gateway caches the catalog for a moment: a change shows once the projection and the cache have it. */
    private static void eventuallyTier(Ticketing.Event event, int capacity, int remaining) {
        Ticketing.eventually(
                "tier with " + capacity + " seats, " + remaining + " remaining",
                () -> ticketing.api.get("/api/v1/events/" + event.id(), null),
                r -> r.status() == 200
                        && r.json().get("tiers").get(0).get("capacity").asInt() == capacity
                        && r.json().get("tiers").get(0).get("remaining").asInt() == remaining);
    }
}
