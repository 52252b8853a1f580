package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ticketorleaveit.local.TokenSigningKey;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json 4xx with a stable code, and nothing is persisted. */
class RequestValidationSystemIT extends SystemTest {

    static Api api;
    static Ticketing.User buyer;
    static Ticketing.Event event;

    @BeforeAll
    static void prepare() {
        api = ticketing.api;
        buyer = ticketing.aCustomer();
        event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 5, 5, List.of());
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        long before = storedEvents();
        var response =
                api.post("/api/v1/orders", buyer.accessToken(), "{\"eventId\": ", Map.of("Idempotency-Key", "k1"));

        assertProblem(response, 400, "MALFORMED_REQUEST");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void missingAndInvalidFieldsAreListed() throws Exception {
        long before = storedEvents();
        var response =
                api.post("/api/v1/users", null, Map.of("firstName", "", "email", "not-an-email", "password", "short"));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .contains("firstName", "lastName", "email", "password");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void zeroOrNegativeQuantityIsRejectedBeforeAnyOrderExists() throws Exception {
        long before = storedEvents();
        for (int quantity : new int[] {0, -3}) {
            var response = ticketing.placeOrder(
                    buyer, event, quantity, "tok_approve", UUID.randomUUID().toString());
            assertProblem(response, 400, "VALIDATION_FAILED");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void missingIdempotencyKeyIsABadRequest() {
        var response = api.post(
                "/api/v1/orders",
                buyer.accessToken(),
                Map.of(
                        "eventId",
                        event.id(),
                        "tierId",
                        event.tier().id(),
                        "quantity",
                        1,
                        "paymentToken",
                        "tok_approve"));

        assertProblem(response, 400, "MISSING_HEADER");
    }

    @Test
    void unknownEventOrTierIsNotFound() throws Exception {
        long before = storedEvents();
        var unknownTier = new Ticketing.Event(
                event.id(), new Ticketing.Tier(UUID.randomUUID().toString(), 1));
        var unknownEvent = new Ticketing.Event(UUID.randomUUID().toString(), event.tier());

        assertProblem(
                ticketing.placeOrder(buyer, unknownTier, 1, "tok_approve", "k-" + UUID.randomUUID()),
                404,
                "TIER_NOT_FOUND");
        assertProblem(
                ticketing.placeOrder(buyer, unknownEvent, 1, "tok_approve", "k-" + UUID.randomUUID()),
                404,
                "TIER_NOT_FOUND");
        assertProblem(api.get("/api/v1/events/" + UUID.randomUUID(), null), 404, "EVENT_NOT_FOUND");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void noTokenIsUnauthenticated() {
        var response = ticketing.placeOrder(
                new Ticketing.User("x", "x", null, null),
                event,
                1,
                "tok_approve",
                UUID.randomUUID().toString());

        assertProblem(response, 401, "UNAUTHENTICATED");
    }

    @Test
    void expiredOrTamperedTokensAreUnauthenticated() throws Exception {
        String expired = system.tokenSigningKey()
                .accessToken(
                        buyer.id(),
                        buyer.email(),
                        List.of("CUSTOMER"),
                        Instant.now().minusSeconds(120));
        String forged = TokenSigningKey.generate()
                .accessToken(
                        buyer.id(),
                        buyer.email(),
                        List.of("CUSTOMER"),
                        Instant.now().plusSeconds(600));
        String[] parts = buyer.accessToken().split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];

        for (String token : List.of(expired, forged, tampered)) {
            var response = api.get("/api/v1/orders/" + UUID.randomUUID(), token);
            assertProblem(response, 401, "UNAUTHENTICATED");
        }
    }

    /** Registration tells nobody which addresses have accounts (ADR 25): the account's owner is mailed instead. */
    @Test
    void aTakenEmailWhateverItsCaseIsAnsweredAsAFreeOneAndItsOwnerIsMailed() {
        var free = api.post("/api/v1/users", null, registration("free-" + UUID.randomUUID() + "@example.org"));
        var taken = api.post("/api/v1/users", null, registration(buyer.email().toUpperCase()));

        assertThat(free.status()).isEqualTo(201);
        assertThat(taken.status()).as("%s", taken).isEqualTo(201);
        assertThat(fieldNames(taken.json())).isEqualTo(fieldNames(free.json()));
        Ticketing.eventually(
                "the owner's mail about the attempt", () -> system.mailsTo(buyer.email()), mails -> mails.stream()
                        .anyMatch(mail ->
                                Ticketing.subject(mail).equals("Someone tried to register with your email address")));
        // the account is unchanged: its password signs in, the newcomer's does not
        assertThat(api.post("/api/v1/auth/token", null, Map.of("email", buyer.email(), "password", Ticketing.PASSWORD))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/auth/token",
                                null,
                                Map.of("email", buyer.email(), "password", "the newcomer's passphrase"))
                        .status())
                .isEqualTo(401);
    }

    private static Map<String, Object> registration(String email) {
        return Map.of("firstName", "Ada", "lastName", "L", "email", email, "password", "the newcomer's passphrase");
    }

    /** The names of a JSON object's fields: what a caller could tell two answers apart by, beside their values. */
    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void wrongPasswordIsUnauthenticated() {
        var response =
                api.post("/api/v1/auth/token", null, Map.of("email", buyer.email(), "password", "wrong password"));

        assertProblem(response, 401, "INVALID_CREDENTIALS");
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).as("%s", response).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).as("%s", response).isEqualTo(code);
    }

    private static long storedEvents() throws Exception {
        try (var connection = DriverManager.getConnection(system.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement();
                var result = statement.executeQuery("select count(*) from command.domainevententry")) {
            result.next();
            return result.getLong(1);
        }
    }
}
