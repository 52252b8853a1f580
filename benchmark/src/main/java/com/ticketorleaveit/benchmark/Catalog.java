package com.ticketorleaveit.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.benchmark.Http.Reply;
import com.ticketorleaveit.benchmark.TrackedOrder.Tier;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * What the benchmark sells, set up through the gateway as an organizer would (README, "Buy a ticket"): an organizer
 * registered, onboarded and signed in again with the ORGANIZER role, then events created and published and awaited
 * until their tiers are on sale. These calls wait for their answers: they run before any measurement.
 */
final class Catalog {

    static final String PASSWORD = "correct horse battery";
    /** The platform's limit of tiers per event. */
    static final int MAX_TIERS_PER_EVENT = 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /** A published event and its tiers, in the order they were created. */
    record Event(String id, List<Tier> tiers, int capacityPerTier) {}

    private final Http http;
    private String organizerEmail;
    private String organizerToken;

    Catalog(Http http) {
        this.http = http;
    }

    /** Registers the organizer and waits until a new token carries the ORGANIZER role. */
    void signUpOrganizer(String runId) throws InterruptedException {
        String email = "organizer@" + runId + ".example.test";
        register("Olga", "Organizer", email);
        organizerEmail = email;
        String token = token(email);
        if (token == null) {
            throw new IllegalStateException("The organizer " + email + " could not sign in");
        }
        expect(
                201,
                "create the organizer profile",
                http.post(
                        "/api/v1/organizers",
                        token,
                        json(Map.of(
                                "organizationName",
                                "Benchmark Nights " + runId,
                                "contactName",
                                "Olga",
                                "email",
                                email)),
                        null));
        organizerToken = eventually("a token with the ORGANIZER role", () -> token(email), Catalog::isOrganizer);
    }

    /** Registers an account with {@link #PASSWORD}, as anybody signs up. */
    void register(String firstName, String lastName, String email) throws InterruptedException {
        expect(
                201,
                "register " + email,
                http.post(
                        "/api/v1/users",
                        null,
                        json(Map.of(
                                "firstName", firstName, "lastName", lastName, "email", email, "password", PASSWORD)),
                        null));
    }

    /** The status of a login: 200 signed in, 401 a wrong password, 429 throttled. */
    int logIn(String email, String password) throws InterruptedException {
        return await(http.post("/api/v1/auth/token", null, json(Map.of("email", email, "password", password)), null))
                .status();
    }

    /** The organizer's email address, once signed up. */
    String organizerEmail() {
        return organizerEmail;
    }

    /** The organizer's access token, once signed up. */
    String organizerToken() {
        return organizerToken;
    }

    /** Events holding {@code tiers} tiers in all (at most 20 each), every tier with the given seats. */
    List<Event> publish(String name, int tiers, int capacityPerTier) throws InterruptedException {
        List<Event> events = new ArrayList<>();
        for (int first = 0; first < tiers; first += MAX_TIERS_PER_EVENT) {
            int count = Math.min(MAX_TIERS_PER_EVENT, tiers - first);
            events.add(publishEvent(name + " " + (events.size() + 1), count, capacityPerTier));
        }
        return events;
    }

    /** Seats left per tier of an event, as the public catalog shows them. */
    List<Integer> remaining(String eventId) throws InterruptedException {
        JsonNode event = parse(expect(200, "read event " + eventId, http.get("/api/v1/events/" + eventId, null)));
        List<Integer> remaining = new ArrayList<>();
        event.path("tiers").forEach(tier -> remaining.add(tier.path("remaining").asInt()));
        return remaining;
    }

    private Event publishEvent(String name, int tierCount, int capacity) throws InterruptedException {
        OffsetDateTime start =
                OffsetDateTime.now(ZoneOffset.ofHours(2)).plusDays(30).withNano(0);
        List<Map<String, Object>> tiers = new ArrayList<>();
        for (int i = 1; i <= tierCount; i++) {
            tiers.add(Map.of(
                    "name",
                    "Tier " + i,
                    "priceMinor",
                    4500,
                    "currency",
                    "EUR",
                    "capacity",
                    capacity,
                    "perOrderLimit",
                    4));
        }
        Map<String, Object> event = Map.of(
                "name", name + " " + UUID.randomUUID().toString().substring(0, 8),
                "type", "CONCERT",
                "description", "A night that measures the platform.",
                "tags", List.of("benchmark"),
                "venue", Map.of("name", "Blue Room", "address", "1 Main Street", "city", "Springfield"),
                "startsAt", start.toString(),
                "endsAt", start.plusHours(3).toString(),
                "vendorIds", List.of(),
                "tiers", tiers);
        String eventId = parse(expect(
                        201, "create event " + name, http.post("/api/v1/events", organizerToken, json(event), null)))
                .path("id")
                .asText();
        expect(
                200,
                "publish event " + name,
                http.post("/api/v1/events/" + eventId + "/publish", organizerToken, "{}", null));
        JsonNode details = parse(eventually(
                "the tiers of " + name + " on sale",
                () -> await(http.get("/api/v1/events/" + eventId, null)),
                reply -> reply.status() == 200 && allOnSale(parse(reply), tierCount)));
        List<Tier> published = new ArrayList<>();
        details.path("tiers")
                .forEach(tier -> published.add(new Tier(eventId, tier.path("id").asText())));
        return new Event(eventId, published, capacity);
    }

    private String token(String email) throws InterruptedException {
        Reply reply =
                await(http.post("/api/v1/auth/token", null, json(Map.of("email", email, "password", PASSWORD)), null));
        return reply.status() == 200 ? parse(reply).path("accessToken").asText() : null;
    }

    private static boolean isOrganizer(String token) {
        if (token == null) {
            return false;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            for (JsonNode role : claims.path("roles")) {
                if (role.asText().equals("ORGANIZER")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static boolean allOnSale(JsonNode event, int tierCount) {
        JsonNode tiers = event.path("tiers");
        if (tiers.size() != tierCount) {
            return false;
        }
        for (JsonNode tier : tiers) {
            if (!tier.path("onSale").asBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** A call that waits for its answer. */
    @FunctionalInterface
    private interface Call<T> {
        T call() throws InterruptedException;
    }

    private static <T> T eventually(String what, Call<T> call, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = call.call();
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Timed out waiting for " + what + "; last answer: " + last);
    }

    private static Reply expect(int status, String what, Future<Reply> call) throws InterruptedException {
        Reply reply = await(call);
        if (reply.status() != status) {
            throw new IllegalStateException(
                    "Could not " + what + ": HTTP " + reply.status() + " (expected " + status + ") " + reply.body());
        }
        return reply;
    }

    static <T> T await(Future<T> call) throws InterruptedException {
        try {
            return call.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The gateway did not answer: " + e, e);
        }
    }

    static JsonNode parse(Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON (HTTP " + reply.status() + "): " + reply.body(), e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
