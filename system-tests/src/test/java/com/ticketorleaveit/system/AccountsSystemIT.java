package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A customer's own account through the gateway (ADR 23): the profile, the password, sessions (refresh tokens), closing
 * the account, and the events they hold tickets for.
 */
class AccountsSystemIT extends SystemTest {

    private static final String NEW_PASSWORD = "a much longer passphrase";

    private static Api api;

    @BeforeAll
    static void client() {
        api = ticketing.api;
    }

    @Test
    void aChangedProfileIsAnsweredAsTheProfileThenShowsIt() {
        var ada = ticketing.aCustomer();

        var changed = api.patch(
                "/api/v1/users/me",
                ada.accessToken(),
                Map.of("firstName", "Augusta Ada", "pictureUrl", "https://img.example.test/ada.png"));

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().get("firstName").asText()).isEqualTo("Augusta Ada");
        assertThat(changed.json().get("lastName").asText()).isEqualTo("Lovelace");
        assertThat(changed.json().get("email").asText()).isEqualTo(ada.email());
        assertThat(changed.json().get("pictureUrl").asText()).isEqualTo("https://img.example.test/ada.png");
        Ticketing.eventually(
                "the changed profile",
                () -> api.get("/api/v1/users/me", ada.accessToken()),
                r -> r.status() == 200 && r.json().equals(changed.json()));
    }

    @Test
    void refusesABlankNameOrAPictureThatIsNoWebAddress() {
        var ada = ticketing.aCustomer();

        assertProblem(
                api.patch("/api/v1/users/me", ada.accessToken(), Map.of("lastName", " ")), 400, "VALIDATION_FAILED");
        assertProblem(
                api.patch("/api/v1/users/me", ada.accessToken(), Map.of("pictureUrl", "javascript:alert(1)")),
                400,
                "VALIDATION_FAILED");
    }

    @Test
    void aNewPasswordEndsEverySessionAndIsTheOnlyOneThatLogsIn() {
        var ada = ticketing.aCustomer();
        var otherDevice = logIn(ada.email(), Ticketing.PASSWORD);

        assertProblem(changePassword(ada, "not my password", NEW_PASSWORD), 403, "WRONG_PASSWORD");
        assertProblem(changePassword(ada, Ticketing.PASSWORD, "short"), 400, "VALIDATION_FAILED");
        var changed = changePassword(ada, Ticketing.PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).as("%s", changed).isEqualTo(204);
        assertProblem(refresh(ada.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
        assertProblem(refresh(otherDevice.get("refreshToken").asText()), 401, "INVALID_REFRESH_TOKEN");
        assertProblem(
                api.post("/api/v1/auth/token", null, Map.of("email", ada.email(), "password", Ticketing.PASSWORD)),
                401,
                "INVALID_CREDENTIALS");
        assertThat(logIn(ada.email(), NEW_PASSWORD).get("accessToken").asText()).isNotBlank();
    }

    @Test
    void aReplayedRefreshTokenRevokesItsWholeFamilyButNoOtherSession() {
        var ada = ticketing.aCustomer();
        var otherDevice = logIn(ada.email(), Ticketing.PASSWORD);
        var rotated = refresh(ada.refreshToken());
        assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);

        assertProblem(refresh(ada.refreshToken()), 401, "INVALID_REFRESH_TOKEN");

        assertProblem(refresh(rotated.json().get("refreshToken").asText()), 401, "INVALID_REFRESH_TOKEN");
        assertThat(refresh(otherDevice.get("refreshToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsThatSessionOnlyAndCanBeRepeated() {
        var ada = ticketing.aCustomer();
        var otherDevice = logIn(ada.email(), Ticketing.PASSWORD);

        var loggedOut = logOut(ada.refreshToken());
        var again = logOut(ada.refreshToken());

        assertThat(loggedOut.status()).as("%s", loggedOut).isEqualTo(204);
        assertThat(again.status()).as("%s", again).isEqualTo(204);
        assertThat(logOut("never-issued").status()).isEqualTo(204);
        assertProblem(refresh(ada.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
        assertThat(refresh(otherDevice.get("refreshToken").asText()).status()).isEqualTo(200);
        assertProblem(api.post("/api/v1/auth/logout", null, Map.of()), 400, "VALIDATION_FAILED");
    }

    @Test
    void aClosedAccountCannotLogInOrRefreshAndItsProfileIsGoneButItsOrdersStay() {
        var organizer = ticketing.anOrganizer();
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var ada = ticketing.aCustomer();
        String order = ticketing.buy(ada, event, 1, "tok_approve");
        ticketing.orderWhen(ada, order, "CONFIRMED");

        var closed = api.delete("/api/v1/users/me", ada.accessToken());

        assertThat(closed.status()).as("%s", closed).isEqualTo(204);
        var login = api.post("/api/v1/auth/token", null, Map.of("email", ada.email(), "password", Ticketing.PASSWORD));
        var wrongPassword =
                api.post("/api/v1/auth/token", null, Map.of("email", ada.email(), "password", "not the password"));
        assertProblem(login, 401, "INVALID_CREDENTIALS");
        assertThat(login.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
        assertProblem(refresh(ada.refreshToken()), 401, "INVALID_REFRESH_TOKEN");
        Ticketing.eventually(
                "the profile forgotten", () -> api.get("/api/v1/users/me", ada.accessToken()), r -> r.status() == 404);
        assertThat(api.delete("/api/v1/users/me", ada.accessToken()).status())
                .as("closing it again")
                .isEqualTo(204);
        assertProblem(
                api.patch("/api/v1/users/me", ada.accessToken(), Map.of("firstName", "Eve")), 404, "USER_NOT_FOUND");
        assertThat(api.get("/api/v1/orders/" + order, ticketing.anAdmin().accessToken())
                        .json()
                        .get("status")
                        .asText())
                .as("the order, kept for accounting")
                .isEqualTo("CONFIRMED");
    }

    @Test
    void theEventsACustomerHoldsTicketsForUntilOneIsCancelled() {
        var organizer = ticketing.anOrganizer();
        var sooner = ticketing.aPublishedEventStartingIn(java.time.Duration.ofDays(10), organizer, 10, 4);
        var later = ticketing.aPublishedEventStartingIn(java.time.Duration.ofDays(20), organizer, 10, 4);
        var ada = ticketing.aCustomer();
        ticketing.orderWhen(ada, ticketing.buy(ada, later, 1, "tok_approve"), "CONFIRMED");
        ticketing.orderWhen(ada, ticketing.buy(ada, sooner, 2, "tok_approve"), "CONFIRMED");
        ticketing.orderWhen(ada, ticketing.buy(ada, sooner, 1, "tok_approve"), "CONFIRMED");
        ticketing.buy(ada, sooner, 1, "tok_decline");

        JsonNode both = Ticketing.eventually(
                        "both events",
                        () -> api.get("/api/v1/users/me/events", ada.accessToken()),
                        r -> r.status() == 200 && r.json().get("total").asInt() == 2)
                .json();

        assertThat(both.get("items").findValuesAsText("eventId")).containsExactly(sooner.id(), later.id());
        JsonNode first = both.get("items").get(0);
        assertThat(first.get("tickets").asInt()).as("two orders' tickets").isEqualTo(3);
        assertThat(first.get("status").asText()).isEqualTo("UPCOMING");
        assertThat(first.get("name").asText()).startsWith("Night of ");
        assertThat(first.get("venue").get("city").asText()).isEqualTo("Springfield");
        assertThat(java.time.OffsetDateTime.parse(first.get("startsAt").asText()))
                .isAfter(java.time.OffsetDateTime.now().plusDays(9))
                .isBefore(java.time.OffsetDateTime.now().plusDays(11));
        assertThat(both.get("items").get(1).get("tickets").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/users/me/events?status=past", ada.accessToken())
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertProblem(api.get("/api/v1/users/me/events?status=someday", ada.accessToken()), 400, "INVALID_PARAMETER");

        assertThat(ticketing.cancelEvent(organizer, later).status()).isIn(200, 202);

        Ticketing.eventually(
                "the cancelled event gone",
                () -> api.get("/api/v1/users/me/events", ada.accessToken()),
                r -> r.status() == 200
                        && r.json().get("items").findValuesAsText("eventId").equals(List.of(sooner.id())));
    }

    private Api.Response changePassword(Ticketing.User user, String oldPassword, String newPassword) {
        return api.post(
                "/api/v1/users/me/password",
                user.accessToken(),
                Map.of("oldPassword", oldPassword, "newPassword", newPassword));
    }

    private static JsonNode logIn(String email, String password) {
        var tokens = api.post("/api/v1/auth/token", null, Map.of("email", email, "password", password));
        assertThat(tokens.status()).as("login %s", tokens).isEqualTo(200);
        return tokens.json();
    }

    private static Api.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
    }

    private static Api.Response logOut(String refreshToken) {
        return api.post("/api/v1/auth/logout", null, Map.of("refreshToken", refreshToken));
    }
}
