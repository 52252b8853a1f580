package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may do what, through the gateway. */
class AccessSystemIT extends SystemTest {

    static Api api;

    @BeforeAll
    static void prepare() {
        api = ticketing.api;
    }

    @Test
    void onlyTheBuyerSeesAnOrder() {
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 5, 5, List.of());
        var buyer = ticketing.aCustomer();
        var stranger = ticketing.aCustomer();
        String orderId = ticketing.buy(buyer, event, 1, "tok_approve");
        ticketing.finalOrder(buyer, orderId);

        assertProblem(api.get("/api/v1/orders/" + orderId, stranger.accessToken()), 404, "ORDER_NOT_FOUND");
    }

    @Test
    void onlyTheOwningOrganizerPublishesAnEvent() {
        var owner = ticketing.anOrganizer();
        var other = ticketing.anOrganizer();
        var created = api.post("/api/v1/events", owner.accessToken(), Ticketing.anEvent(10, 2, List.of()));
        String eventId = created.json().get("id").asText();

        assertProblem(
                api.post("/api/v1/events/" + eventId + "/publish", other.accessToken(), Map.of()),
                403,
                "NOT_EVENT_OWNER");
        assertThat(api.post("/api/v1/events/" + eventId + "/publish", owner.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void customersCannotCreateEvents() {
        var customer = ticketing.aCustomer();

        assertProblem(
                api.post("/api/v1/events", customer.accessToken(), Ticketing.anEvent(10, 2, List.of())),
                403,
                "FORBIDDEN");
    }

    @Test
    void eventsNeedKnownVendors() {
        var organizer = ticketing.anOrganizer();

        var response = api.post(
                "/api/v1/events",
                organizer.accessToken(),
                Ticketing.anEvent(10, 2, List.of(UUID.randomUUID().toString())));

        assertProblem(response, 422, "UNKNOWN_VENDOR");
    }

    @Test
    void vendorNamesAreUnique() {
        String name = "The Trio " + UUID.randomUUID();
        ticketing.aVendor(name);
        var another = ticketing.aCustomer();

        var response = api.post(
                "/api/v1/vendors",
                another.accessToken(),
                Map.of(
                        "name",
                        name.toUpperCase(),
                        "genre",
                        "Jazz",
                        "biography",
                        "Also plays.",
                        "pictureUrl",
                        "https://example.test/q.png"));

        assertProblem(response, 409, "VENDOR_NAME_TAKEN");
    }

    @Test
    void theCatalogListsPublishedEventsToAnyone() {
        String word = Ticketing.aWord();
        var spec = new HashMap<>(Ticketing.anEvent(3, 1, List.of()));
        spec.put("name", "Night of " + word);
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), spec, 3);

        var catalog = Ticketing.eventually(
                "event in catalog",
                () -> api.get("/api/v1/events?q=" + word, null),
                r -> r.status() == 200
                        && r.json().get("items").findValuesAsText("id").contains(event.id()));
        assertThat(catalog.json().get("total").asInt()).isPositive();
    }

    @Test
    void aRefreshTokenIsExchangedOnceForANewPair() {
        var user = ticketing.aCustomer();

        var refreshed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));
        var replayed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", user.refreshToken()));

        assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
        assertThat(refreshed.json().get("refreshToken").asText()).isNotEqualTo(user.refreshToken());
        assertThat(api.get(
                                "/api/v1/users/me",
                                refreshed.json().get("accessToken").asText())
                        .status())
                .isIn(200, 404);
        assertProblem(replayed, 401, "INVALID_REFRESH_TOKEN");
    }
}
