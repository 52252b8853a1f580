package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The platform in domain words, for system tests: every step goes through the gateway. */
final class Ticketing {

    static final String PASSWORD = "correct horse battery";
    static final List<String> FINAL_STATUSES =
            List.of("CONFIRMED", "REJECTED", "PAYMENT_FAILED", "EXPIRED", "CANCELLED", "REFUNDED");

    final Api api;
    private final RunningSystem system;

    Ticketing(RunningSystem system) {
        this.system = system;
        this.api = new Api(system.gateway());
    }

    record User(String id, String email, String accessToken, String refreshToken) {}

    record Tier(String id, int capacity) {}

    record Event(String id, Tier tier) {}

    User aCustomer() {
        String email = "buyer-" + UUID.randomUUID() + "@example.test";
        var registered = api.post(
                "/api/v1/users",
                null,
                Map.of("firstName", "Ada", "lastName", "Lovelace", "email", email, "password", PASSWORD));
        assertThat(registered.status()).as("register %s", registered).isEqualTo(201);
        var tokens = api.post("/api/v1/auth/token", null, Map.of("email", email, "password", PASSWORD));
        assertThat(tokens.status()).as("token %s", tokens).isEqualTo(200);
        return new User(
                registered.json().get("id").asText(),
                email,
                tokens.json().get("accessToken").asText(),
                tokens.json().get("refreshToken").asText());
    }

    /**
     * A customer holding a valid access token signed with the users context's key, without registering: for tests that
     * need hundreds of buyers (registration costs a password hash each). Placing orders needs only the token.
     */
    User aSignedInCustomer() {
        String id = UUID.randomUUID().toString();
        String email = "buyer-" + id + "@example.test";
        return new User(
                id,
                email,
                system.tokenSigningKey()
                        .accessToken(
                                id, email, List.of("CUSTOMER"), Instant.now().plusSeconds(900)),
                null);
    }

    /** An administrator, signed in with a token signed by the users context's key. */
    User anAdmin() {
        String id = UUID.randomUUID().toString();
        String email = "admin-" + id + "@example.test";
        return new User(
                id,
                email,
                system.tokenSigningKey()
                        .accessToken(id, email, List.of("ADMIN"), Instant.now().plusSeconds(900)),
                null);
    }

    User anOrganizer() {
        User user = aCustomer();
        var created = api.post(
                "/api/v1/organizers",
                user.accessToken(),
                Map.of("organizationName", "Loud Nights " + user.id(), "contactName", "Ada", "email", user.email()));
        assertThat(created.status()).as("organizer %s", created).isEqualTo(201);
        return withRole(user, "ORGANIZER");
    }

    User aVendor(String name) {
        return aVendor(name, "Jazz", "Plays late.");
    }

    /** A vendor in the directory, signed in with the VENDOR role; the user's id is the vendor's id here. */
    User aVendor(String name, String genre, String biography) {
        User user = aCustomer();
        var created = api.post(
                "/api/v1/vendors",
                user.accessToken(),
                Map.of(
                        "name",
                        name,
                        "genre",
                        genre,
                        "biography",
                        biography,
                        "pictureUrl",
                        "https://example.test/p.png"));
        assertThat(created.status()).as("vendor %s", created).isEqualTo(201);
        User vendor = withRole(user, "VENDOR");
        String vendorId = created.json().get("id").asText();
        eventually("vendor in directory", () -> api.get("/api/v1/vendors/" + vendorId, null), r -> r.status() == 200);
        return new User(vendorId, vendor.email(), vendor.accessToken(), vendor.refreshToken());
    }

    /** Roles are granted by the onboarding process; a token asked for afterwards carries them. */
    User withRole(User user, String role) {
        var tokens = eventually(
                "token with role " + role,
                () -> api.post("/api/v1/auth/token", null, Map.of("email", user.email(), "password", PASSWORD)),
                r -> r.status() == 200
                        && roles(r.json().get("accessToken").asText()).contains(role));
        return new User(
                user.id(),
                user.email(),
                tokens.json().get("accessToken").asText(),
                tokens.json().get("refreshToken").asText());
    }

    Event aPublishedEvent(User organizer, int capacity, int perOrderLimit, List<String> vendorIds) {
        return aPublishedEvent(organizer, anEvent(capacity, perOrderLimit, vendorIds), capacity);
    }

    /** An event on sale that starts this soon (the default is a month away). */
    Event aPublishedEventStartingIn(Duration startsIn, User organizer, int capacity, int perOrderLimit) {
        return aPublishedEvent(organizer, anEvent(startsIn, capacity, perOrderLimit, List.of()), capacity);
    }

    /** Creates and publishes this event (see {@link #anEvent}), and waits until its first tier is on sale. */
    Event aPublishedEvent(User organizer, Map<String, Object> event, int capacity) {
        var created = api.post("/api/v1/events", organizer.accessToken(), event);
        assertThat(created.status()).as("create event %s", created).isEqualTo(201);
        String eventId = created.json().get("id").asText();
        var published = api.post("/api/v1/events/" + eventId + "/publish", organizer.accessToken(), Map.of());
        assertThat(published.status()).as("publish %s", published).isEqualTo(200);
        JsonNode tier = eventually(
                        "tier on sale",
                        () -> api.get("/api/v1/events/" + eventId, null),
                        r -> r.status() == 200
                                && r.json().path("tiers").path(0).path("onSale").asBoolean())
                .json()
                .get("tiers")
                .get(0);
        return new Event(eventId, new Tier(tier.get("id").asText(), capacity));
    }

    /** A made-up word of ten letters, to find one test's events by in the catalog. */
    static String aWord() {
        var letters = new StringBuilder();
        var random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    static Map<String, Object> anEvent(int capacity, int perOrderLimit, List<String> vendorIds) {
        return anEvent(Duration.ofDays(30), capacity, perOrderLimit, vendorIds);
    }

    static Map<String, Object> anEvent(Duration startsIn, int capacity, int perOrderLimit, List<String> vendorIds) {
        OffsetDateTime start =
                OffsetDateTime.now(ZoneOffset.ofHours(2)).plus(startsIn).withNano(0);
        return Map.of(
                "name", "Night of " + UUID.randomUUID(),
                "type", "CONCERT",
                "description", "An evening of music.",
                "tags", List.of("jazz", "live"),
                "venue", Map.of("name", "Blue Room", "address", "1 Main Street", "city", "Springfield"),
                "startsAt", start.toString(),
                "endsAt", start.plusHours(3).toString(),
                "vendorIds", vendorIds,
                "tiers",
                        List.of(Map.of(
                                "name",
                                "General admission",
                                "priceMinor",
                                4500,
                                "currency",
                                "EUR",
                                "capacity",
                                capacity,
                                "perOrderLimit",
                                perOrderLimit)));
    }

    Api.Response placeOrder(User customer, Event event, int quantity, String paymentToken, String idempotencyKey) {
        return placeOrder(customer, event, quantity, paymentToken, Map.of("Idempotency-Key", idempotencyKey));
    }

    private Api.Response placeOrder(
            User customer, Event event, int quantity, String paymentToken, Map<String, String> headers) {
        return api.post(
                "/api/v1/orders",
                customer.accessToken(),
                Map.of(
                        "eventId",
                        event.id(),
                        "tierId",
                        event.tier().id(),
                        "quantity",
                        quantity,
                        "paymentToken",
                        paymentToken),
                headers);
    }

    /**
     * Places an order as a client does: the same Idempotency-Key again while the gateway answers that a service is
     * unavailable (a replica that just died), or the answer is cut off on the way (status -1), until the order is
     * accepted.
     */
    String buyRetryingWhileUnavailable(User customer, Event event, int quantity, String paymentToken) {
        String key = UUID.randomUUID().toString();
        var placed = eventually(
                "order accepted",
                Duration.ofSeconds(90),
                () -> {
                    try {
                        return placeOrder(customer, event, quantity, paymentToken, key);
                    } catch (IllegalStateException e) {
                        if (e.getCause() instanceof java.io.IOException cut) {
                            return new Api.Response(-1, Map.of(), cut.toString());
                        }
                        throw e;
                    }
                },
                r -> r.status() != 503 && r.status() != 502 && r.status() != -1);
        assertThat(placed.status()).as("place order %s", placed).isEqualTo(202);
        return placed.json().get("orderId").asText();
    }

    String buy(User customer, Event event, int quantity, String paymentToken) {
        var placed = placeOrder(
                customer, event, quantity, paymentToken, UUID.randomUUID().toString());
        assertThat(placed.status()).as("place order %s", placed).isEqualTo(202);
        return placed.json().get("orderId").asText();
    }

    /**
     * Buys as {@link #buy} does, the request carrying a W3C trace context ({@code 00-<trace id>-<span id>-01}): the
     * purchase's trace takes its trace id.
     */
    String buyInTrace(User customer, Event event, int quantity, String paymentToken, String traceId) {
        String traceparent = "00-" + traceId + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "-01";
        var placed = placeOrder(
                customer,
                event,
                quantity,
                paymentToken,
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "traceparent", traceparent));
        assertThat(placed.status()).as("place order %s", placed).isEqualTo(202);
        return placed.json().get("orderId").asText();
    }

    /** The mails to the user whose subject contains these words, once {@code arrived} says enough of them came. */
    List<MimeMessage> mailsAbout(User user, String words, Predicate<List<MimeMessage>> arrived) {
        return mailsAbout(user, words, Duration.ofSeconds(30), arrived);
    }

    /** The same, waiting at most {@code timeout}. */
    List<MimeMessage> mailsAbout(User user, String words, Duration timeout, Predicate<List<MimeMessage>> arrived) {
        return eventually(
                "mails about '" + words + "' to " + user.email(),
                timeout,
                () -> system.mailsTo(user.email()).stream()
                        .filter(mail -> subject(mail).contains(words))
                        .toList(),
                arrived);
    }

    /** The user's first mail saying an order was refunded, once it arrived. */
    MimeMessage refundMail(User user) {
        return mailsAbout(user, "refunded", mails -> !mails.isEmpty()).get(0);
    }

    /**
     * A mail's text: the whole body of a plain mail, the text part of one with attachments (a confirmation, whose text
     * sits in a part of its own within the parts).
     */
    static String text(MimeMessage mail) {
        try {
            return textOf(mail.getContent())
                    .orElseThrow(() -> new IllegalStateException("A mail with no text part: " + subject(mail)));
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Optional<String> textOf(Object content)
            throws IOException, jakarta.mail.MessagingException {
        if (content instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var part = parts.getBodyPart(i);
                var text = part.isMimeType("text/plain")
                        ? java.util.Optional.of(part.getContent().toString())
                        : textOf(part.getContent());
                if (text.isPresent()) {
                    return text;
                }
            }
            return java.util.Optional.empty();
        }
        return content instanceof String text ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode finalOrder(User customer, String orderId) {
        return eventually(
                        "order " + orderId + " final",
                        () -> api.get(
                                "/api/v1/orders/" + orderId + "?waitFor=FINAL&timeout=PT5S", customer.accessToken()),
                        r -> r.status() == 200
                                && FINAL_STATUSES.contains(
                                        r.json().get("status").asText()))
                .json();
    }

    Api.Response cancel(User customer, String orderId) {
        return api.post("/api/v1/orders/" + orderId + "/cancel", customer.accessToken(), Map.of());
    }

    /** The event's organizer (or an admin) calls the event off: its sales close and its confirmed orders are refunded. */
    Api.Response cancelEvent(User caller, Event event) {
        return cancelEvent(caller, event.id());
    }

    Api.Response cancelEvent(User caller, String eventId) {
        return api.post("/api/v1/events/" + eventId + "/cancel", caller.accessToken(), Map.of());
    }

    /** Waits for the order to reach this status and answers it. */
    JsonNode orderWhen(User customer, String orderId, String status) {
        return orderWhen(customer, orderId, status, Duration.ofSeconds(30));
    }

    /** Waits at most {@code timeout} for the order to reach this status and answers it. */
    JsonNode orderWhen(User customer, String orderId, String status, Duration timeout) {
        return eventually(
                        "order " + orderId + " " + status,
                        timeout,
                        () -> api.get(
                                "/api/v1/orders/" + orderId + "?waitFor=" + status + "&timeout=PT5S",
                                customer.accessToken()),
                        r -> r.status() == 200
                                && r.json().get("status").asText().equals(status))
                .json();
    }

    /**
     * Waits until the reconciliation report finds nothing amiss for this event once everything has settled: seats
     * match orders, every paid order has tickets or its money back, every confirmed or refunded order its payment.
     */
    JsonNode eventuallyReconciled(Event event) {
        return eventuallyReconciliation(event, report -> report.get("total").asInt() == 0);
    }

    /** The reconciliation report for this event, judging everything as it stands, once it says {@code done}. */
    JsonNode eventuallyReconciliation(Event event, Predicate<JsonNode> done) {
        String id = UUID.randomUUID().toString();
        String admin = system.tokenSigningKey()
                .accessToken(
                        id,
                        "admin-" + id + "@example.test",
                        List.of("ADMIN"),
                        Instant.now().plusSeconds(900));
        return eventually(
                        "reconciliation of event " + event.id(),
                        () -> api.get("/api/v1/admin/reconciliation?settleSeconds=0&eventId=" + event.id(), admin),
                        r -> r.status() == 200 && done.test(r.json()))
                .json();
    }

    int remaining(Event event) {
        return api.get("/api/v1/events/" + event.id(), null)
                .json()
                .get("tiers")
                .get(0)
                .get("remaining")
                .asInt();
    }

    int eventuallyRemaining(Event event, int expected) {
        eventually(
                "remaining " + expected,
                () -> api.get("/api/v1/events/" + event.id(), null),
                r -> r.status() == 200
                        && r.json().get("tiers").get(0).get("remaining").asInt() == expected);
        return expected;
    }

    /** The user an access token is for (its {@code sub}). */
    static String subject(String accessToken) {
        try {
            String payload = new String(
                    java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
            return Api.json.readTree(payload).path("sub").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> roles(String accessToken) {
        try {
            String payload = new String(
                    java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
            List<String> roles = new ArrayList<>();
            Api.json.readTree(payload).path("roles").forEach(role -> roles.add(role.asText()));
            return roles;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T eventually(String what, Supplier<T> call, Predicate<T> done) {
        return eventually(what, Duration.ofSeconds(30), call, done);
    }

    static <T> T eventually(String what, Duration timeout, Supplier<T> call, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = call.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; last: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = call.get();
        }
        return last;
    }
}
