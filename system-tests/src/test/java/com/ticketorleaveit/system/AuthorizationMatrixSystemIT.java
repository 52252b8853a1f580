package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.AuthorizationMatrixSystemIT.Caller.ADMIN;
import static com.ticketorleaveit.system.AuthorizationMatrixSystemIT.Caller.CUSTOMER;
import static com.ticketorleaveit.system.AuthorizationMatrixSystemIT.Caller.OWNER;
import static com.ticketorleaveit.system.AuthorizationMatrixSystemIT.Caller.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every endpoint the services publish, called through the gateway by each kind of caller, with the
 * status each must get. The conventions: no token is 401, a token without the role the endpoint needs is 403, and a
 * resource of someone else's is 404, as if it did not exist. An endpoint the services document or the gateway routes
 * without a row here fails the test, so a new endpoint cannot ship without someone deciding who may call it.
 */
class AuthorizationMatrixSystemIT extends SystemTest {

    enum Caller {
        ANONYMOUS,
        /** The buyer of the orders, the holder of the tickets and payments below. */
        CUSTOMER,
        OTHER_CUSTOMER,
        /** The organizer of the events below. */
        OWNER,
        OTHER_ORGANIZER,
        /** The owner of the vendor profile below. */
        VENDOR,
        ADMIN
    }

    /** What one caller sends: the values of the path template's variables, and a body (or null). */
    record Call(Map<String, String> variables, Object body) {}

    /**
     * One endpoint as the gateway routes it ({@code ?query} not part of its identity), and the status each caller gets,
     * in the order of {@link Caller}. {@code call} builds each caller's request: a state-changing call gives each
     * caller that may make it a fixture of its own.
     */
    record Row(
            List<Integer> statuses,
            String method,
            String path,
            Function<Caller, Call> call,
            boolean readsEarlierWrite) {

        int expected(Caller caller) {
            return statuses.get(caller.ordinal());
        }

        String endpoint() {
            return method + " " + path.replaceFirst("\\?.*", "");
        }
    }

    // the fixtures: users, and what they own
    static final Map<Caller, Ticketing.User> users = new EnumMap<>(Caller.class);
    static String organizerId;
    static Ticketing.Event event;
    static String draftId;
    static String draftTierId;
    static Ticketing.Event soldOut;
    static String orderId;
    static List<String> ticketCodes;
    static String paymentId;
    static String secondVendorId;
    static String bandId;
    /** Customers whose roles an admin changes, and whose account an admin closes. */
    static String roleTargetId;

    static String deactivationTargetId;
    // each caller that may publish, cancel or close an event, or cancel an order, does so to one of its own
    static final Map<Caller, String> draftsToPublish = new EnumMap<>(Caller.class);
    static final Map<Caller, String> eventsToCancel = new EnumMap<>(Caller.class);
    static final Map<Caller, String> eventsToClose = new EnumMap<>(Caller.class);
    static final Map<Caller, String> ordersToCancel = new EnumMap<>(Caller.class);

    /** The matrix: one row per endpoint. */
    static List<Row> rows() {
        String event = AuthorizationMatrixSystemIT.event.id();
        String vendor = users.get(VENDOR).id();
        String soldOutTier = soldOut.tier().id();
        return List.of(
                // anonymous, customer, other customer, owner, other organizer, vendor, admin
                // --- users and tokens: public, the body decides
                row("200 200 200 200 200 200 200", "GET /.well-known/jwks.json", who -> none()),
                // the services' API documents (ADR 27)
                row("200 200 200 200 200 200 200", "GET /v3/api-docs/command-services", who -> none()),
                row("200 200 200 200 200 200 200", "GET /v3/api-docs/query-services", who -> none()),
                row("201 201 201 201 201 201 201", "POST /api/v1/users", who -> body(aRegistration())),
                row("200 200 200 200 200 200 200", "POST /api/v1/auth/token", who -> body(credentials())),
                row("200 200 200 200 200 200 200", "POST /api/v1/auth/refresh", who -> body(aRefreshToken())),
                // this admin holds a token but has no account of its own: no profile, no preferences
                row("401 200 200 200 200 200 404", "GET /api/v1/users/me", who -> none()),
                row(
                        "401 200 200 200 200 200 404",
                        "PUT /api/v1/users/me/preferences",
                        who -> body(Map.of("eventReminders", true))),
                row("401 200 200 200 200 200 404", "PATCH /api/v1/users/me", who -> body(Map.of("lastName", "Matrix"))),
                row("401 200 200 200 200 200 200", "GET /api/v1/users/me/events", who -> none()),
                // public like refresh: the token sent is the authentication, and an unknown one is no news to anyone
                row(
                        "204 204 204 204 204 204 204",
                        "POST /api/v1/auth/logout",
                        who -> body(Map.of("refreshToken", "matrix-" + UUID.randomUUID()))),
                // --- organizers: an organizer has one profile (409 ALREADY_ORGANIZER), hidden from anyone else
                row("401 201 201 409 409 201 201", "POST /api/v1/organizers", who -> body(anOrganizerProfile())),
                row(
                        "401 404 404 200 404 404 200",
                        "GET /api/v1/organizers/{organizerId}",
                        who -> vars("organizerId", organizerId)),
                row("401 200 200 200 200 200 200", "GET /api/v1/organizers/me/events", who -> none()),
                // the caller's own profile: an organizer's role needed, the profile found by the token's user
                row(
                        "401 403 403 200 200 403 403",
                        "PATCH /api/v1/organizers/me",
                        who -> body(Map.of("industry", "Matrix " + who))),
                // --- vendors: the directory is public; a vendor has one profile (409 ALREADY_VENDOR), changed by
                // it or an admin; the admin deactivates (and reactivates) a vendor of its own: an admin's
                // deactivation is undone by an admin only
                row("200 200 200 200 200 200 200", "GET /api/v1/vendors", who -> none()),
                row("200 200 200 200 200 200 200", "GET /api/v1/vendors/{vendorId}", who -> vars("vendorId", vendor)),
                row("401 201 201 201 201 409 201", "POST /api/v1/vendors", who -> body(aVendorProfile())),
                row(
                        "401 403 403 403 403 200 200",
                        "PATCH /api/v1/vendors/{vendorId}",
                        who -> call(Map.of("vendorId", vendor), Map.of("genre", "Soul"))),
                row(
                        "401 403 403 403 403 200 200",
                        "POST /api/v1/vendors/{vendorId}/deactivate",
                        who -> vars("vendorId", who == ADMIN ? secondVendorId : vendor)),
                row(
                        "401 403 403 403 403 200 200",
                        "POST /api/v1/vendors/{vendorId}/reactivate",
                        who -> vars("vendorId", who == ADMIN ? secondVendorId : vendor)),
                // --- events: the public catalog; the owner's (or an admin's) management
                row("200 200 200 200 200 200 200", "GET /api/v1/events", who -> none()),
                row("200 200 200 200 200 200 200", "GET /api/v1/events/{eventId}", who -> vars("eventId", event)),
                row("401 403 403 201 201 403 403", "POST /api/v1/events", who -> body(anEvent())),
                // FINDING: another organizer is told 403 (NOT_EVENT_OWNER, NOT_DOOR_STAFF at check-ins) by publish,
                // cancel, door staff and check-ins, so learns that the event exists; every other call on someone
                // else's event, the reads included, hides it (404 EVENT_NOT_FOUND)
                row(
                        "401 403 403 200 403 403 200",
                        "POST /api/v1/events/{eventId}/publish",
                        who -> vars("eventId", draftsToPublish.getOrDefault(who, draftId))),
                row(
                        "401 403 403 202 403 403 202",
                        "POST /api/v1/events/{eventId}/cancel",
                        who -> vars("eventId", eventsToCancel.getOrDefault(who, event))),
                row(
                        "401 403 403 200 404 403 200",
                        "PATCH /api/v1/events/{eventId}",
                        who -> call(Map.of("eventId", event), Map.of("description", "Still an evening of music."))),
                row(
                        "401 403 403 200 404 403 200",
                        "POST /api/v1/events/{eventId}/close-sales",
                        who -> vars("eventId", eventsToClose.getOrDefault(who, event))),
                // tiers are added to a draft, and only a draft's tiers are renamed
                row(
                        "401 403 403 201 404 403 201",
                        "POST /api/v1/events/{eventId}/tiers",
                        who -> call(Map.of("eventId", draftId), aTier())),
                row(
                        "401 403 403 200 404 403 200",
                        "PATCH /api/v1/events/{eventId}/tiers/{tierId}",
                        who -> call(
                                Map.of("eventId", draftId, "tierId", draftTierId), Map.of("name", "Standing room"))),
                row(
                        "401 403 403 200 404 403 200",
                        "PUT /api/v1/events/{eventId}/vendors/{vendorId}",
                        who -> vars("eventId", event, "vendorId", bandId)),
                row(
                        "401 403 403 204 404 403 204",
                        "DELETE /api/v1/events/{eventId}/vendors/{vendorId}",
                        who -> vars("eventId", event, "vendorId", bandId)),
                row(
                        "401 404 404 200 404 404 200",
                        "GET /api/v1/events/{eventId}/refunds",
                        who -> vars("eventId", event)),
                row(
                        "401 404 404 200 404 404 200",
                        "GET /api/v1/events/{eventId}/dashboard",
                        who -> vars("eventId", event)),
                // --- the door; the check-in key is a public key: anyone signed in may verify tickets with it
                row(
                        "401 200 200 200 200 200 200",
                        "GET /api/v1/events/{eventId}/check-in-key",
                        who -> vars("eventId", event)),
                // FINDING (see publish): 403 for another organizer. Someone unrelated is made door staff: no caller
                // of this matrix gains the right to check in
                row(
                        "401 403 403 200 403 403 200",
                        "PUT /api/v1/events/{eventId}/door-staff/{userId}",
                        who -> vars(
                                "eventId", event, "userId", UUID.randomUUID().toString())),
                // FINDING (see publish): 403 for another organizer. Each caller that may check in scans a ticket of
                // its own, a first scan
                row(
                        "401 403 403 201 403 403 201",
                        "POST /api/v1/events/{eventId}/check-ins",
                        who -> call(Map.of("eventId", event), Map.of("code", ticketCodes.get(ticketFor(who))))),
                // --- orders, tickets, payments: the buyer's (and an admin's), hidden from anyone else
                row("401 202 202 202 202 202 202", "POST /api/v1/orders", who -> body(anOrder())),
                row("401 200 200 200 200 200 200", "GET /api/v1/orders", who -> none()),
                row("401 200 404 404 404 404 200", "GET /api/v1/orders/{orderId}", who -> vars("orderId", orderId)),
                row(
                        "401 202 404 404 404 404 202",
                        "POST /api/v1/orders/{orderId}/cancel",
                        who -> vars("orderId", ordersToCancel.getOrDefault(who, orderId))),
                row(
                        "401 200 404 404 404 404 200",
                        "GET /api/v1/orders/{orderId}/tickets/{code}/qr",
                        who -> vars("orderId", orderId, "code", ticketCodes.get(2))),
                row("401 200 200 200 200 200 200", "GET /api/v1/payments", who -> none()),
                row(
                        "401 200 404 404 404 404 200",
                        "GET /api/v1/payments?orderId={orderId}",
                        who -> vars("orderId", orderId)),
                row(
                        "401 200 404 404 404 404 200",
                        "GET /api/v1/payments/{paymentId}",
                        who -> vars("paymentId", paymentId)),
                // the provider's signature decides, not the caller's token: unsigned, it is refused whoever sends it
                row(
                        "400 400 400 400 400 400 400",
                        "POST /api/v1/payments/webhooks/{provider}",
                        who -> call(Map.of("provider", "simulated"), Map.of("type", "payment.declined"))),
                // --- the waiting list of a sold-out tier: each caller's own place
                row(
                        "401 201 201 201 201 201 201",
                        "POST /api/v1/events/{eventId}/tiers/{tierId}/waiting-list",
                        who -> vars("eventId", soldOut.id(), "tierId", soldOutTier)),
                // the place each caller just took, read from the query side, which follows the command side
                readOfTheRowAbove(row(
                        "401 200 200 200 200 200 200",
                        "GET /api/v1/events/{eventId}/tiers/{tierId}/waiting-list/me",
                        who -> vars("eventId", soldOut.id(), "tierId", soldOutTier))),
                row(
                        "401 204 204 204 204 204 204",
                        "DELETE /api/v1/events/{eventId}/tiers/{tierId}/waiting-list/me",
                        who -> vars("eventId", soldOut.id(), "tierId", soldOutTier)),
                // --- each caller's own mails; an operator's report
                row("401 200 200 200 200 200 200", "GET /api/v1/notifications", who -> none()),
                row(
                        "401 403 403 403 403 403 200",
                        "GET /api/v1/admin/reconciliation?settleSeconds=0&eventId={eventId}",
                        who -> vars("eventId", event)),
                // --- an admin's hold on other users' accounts: someone else's, made for it
                row(
                        "401 403 403 403 403 403 204",
                        "PUT /api/v1/admin/users/{userId}/roles/{role}",
                        who -> vars("userId", roleTargetId, "role", "VENDOR")),
                row(
                        "401 403 403 403 403 403 204",
                        "DELETE /api/v1/admin/users/{userId}/roles/{role}",
                        who -> vars("userId", roleTargetId, "role", "VENDOR")),
                row(
                        "401 403 403 403 403 403 204",
                        "POST /api/v1/admin/users/{userId}/deactivate",
                        who -> vars("userId", deactivationTargetId)),
                // --- last, as they end what the rows above sign in with: each caller changes its own password, then
                // closes its own account (the admin's token has none)
                row(
                        "401 204 204 204 204 204 404",
                        "POST /api/v1/users/me/password",
                        who -> body(Map.of(
                                "oldPassword", Ticketing.PASSWORD, "newPassword", "a matrix of longer passphrases"))),
                row("401 204 204 204 204 204 404", "DELETE /api/v1/users/me", who -> none()));
    }

    /** Created at once, as far as they do not depend on each other: most of their time is waiting for the system. */
    @BeforeAll
    static void fixtures() {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var customer = async(pool, ticketing::aCustomer);
            var otherCustomer = async(pool, ticketing::aCustomer);
            var owner = async(pool, AuthorizationMatrixSystemIT::anOrganizer);
            var otherOrganizer = async(pool, ticketing::anOrganizer);
            var vendor = async(pool, () -> ticketing.aVendor("Matrix " + UUID.randomUUID()));
            var secondVendor = async(pool, () -> ticketing.aVendor("Matrix second " + UUID.randomUUID()));
            var band = async(pool, () -> ticketing.aVendor("Matrix band " + UUID.randomUUID()));
            var roleTarget = async(pool, ticketing::aCustomer);
            var deactivationTarget = async(pool, ticketing::aCustomer);
            users.put(CUSTOMER, customer.join());
            users.put(Caller.OTHER_CUSTOMER, otherCustomer.join());
            users.put(OWNER, owner.join());
            users.put(Caller.OTHER_ORGANIZER, otherOrganizer.join());
            users.put(VENDOR, vendor.join());
            users.put(ADMIN, ticketing.anAdmin());
            secondVendorId = secondVendor.join().id();
            bandId = band.join().id();
            roleTargetId = roleTarget.join().id();
            deactivationTargetId = deactivationTarget.join().id();

            var onSale = async(pool, () -> ticketing.aPublishedEvent(users.get(OWNER), 50, 5, List.of()));
            var lastSeat = async(pool, () -> ticketing.aPublishedEvent(users.get(OWNER), 1, 1, List.of()));
            Map<Caller, CompletableFuture<String>> toPublish = new EnumMap<>(Caller.class);
            Map<Caller, CompletableFuture<String>> toCancel = new EnumMap<>(Caller.class);
            Map<Caller, CompletableFuture<String>> toClose = new EnumMap<>(Caller.class);
            for (Caller caller : List.of(OWNER, ADMIN)) {
                toPublish.put(caller, async(pool, AuthorizationMatrixSystemIT::aDraftEvent));
                toCancel.put(caller, async(pool, AuthorizationMatrixSystemIT::aPublishedEvent));
                toClose.put(caller, async(pool, AuthorizationMatrixSystemIT::aPublishedEvent));
            }
            var draft = ticketing.api.post("/api/v1/events", token(OWNER), anEvent());
            assertThat(draft.status()).as("create event %s", draft).isEqualTo(201);
            draftId = draft.json().get("id").asText();
            draftTierId = draft.json().get("tiers").get(0).get("id").asText();
            event = onSale.join();
            soldOut = lastSeat.join();
            toPublish.forEach((caller, id) -> draftsToPublish.put(caller, id.join()));
            toCancel.forEach((caller, id) -> eventsToCancel.put(caller, id.join()));
            toClose.forEach((caller, id) -> eventsToClose.put(caller, id.join()));

            var lastSeatSold = async(pool, () -> aConfirmedOrder(soldOut, 1));
            Map<Caller, CompletableFuture<String>> orders = new EnumMap<>(Caller.class);
            for (Caller caller : List.of(CUSTOMER, ADMIN)) {
                orders.put(caller, async(pool, () -> aConfirmedOrder(event, 1)));
            }
            orderId = ticketing.buy(users.get(CUSTOMER), event, 3, "tok_approve");
            JsonNode order = ticketing.orderWhen(users.get(CUSTOMER), orderId, "CONFIRMED");
            ticketCodes = new ArrayList<>();
            order.get("tickets")
                    .forEach(ticket -> ticketCodes.add(ticket.get("code").asText()));
            paymentId = Ticketing.eventually(
                            "the order's payment",
                            () -> ticketing.api.get("/api/v1/payments?orderId=" + orderId, token(CUSTOMER)),
                            r -> r.status() == 200)
                    .json()
                    .get("id")
                    .asText();
            lastSeatSold.join();
            orders.forEach((caller, id) -> ordersToCancel.put(caller, id.join()));
        } finally {
            pool.shutdownNow();
        }
    }

    static <T> CompletableFuture<T> async(ExecutorService pool, Supplier<T> fixture) {
        return CompletableFuture.supplyAsync(fixture, pool);
    }

    /** A row's callers call at once (none changes what another calls on); the rows one after the other, in order. */
    @Test
    void everyCallerGetsTheStatusItsRowSays() {
        List<String> mismatches = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        ExecutorService pool = Executors.newFixedThreadPool(Caller.values().length);
        try {
            for (Row row : rows()) {
                Map<Caller, CompletableFuture<Answer>> answers = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    answers.put(caller, async(pool, () -> {
                        Call call = row.call().apply(caller);
                        String path = expand(row.path(), call.variables());
                        Supplier<Response> send = () -> send(row.method(), path, token(caller), call.body());
                        if (!row.readsEarlierWrite()) {
                            return new Answer(path, send.get());
                        }
                        // a 404 may only mean the projection has not yet caught up: asked again until it has
                        return new Answer(
                                path,
                                Ticketing.eventually(
                                        "what " + caller + " wrote to be readable at " + path,
                                        send,
                                        r -> r.status() != 404 || row.expected(caller) == 404));
                    }));
                }
                observed.append('\n')
                        .append(row.method())
                        .append(' ')
                        .append(row.path())
                        .append(':');
                answers.forEach((caller, future) -> {
                    Answer answer = future.join();
                    observed.append(' ')
                            .append(answer.response().status())
                            .append(answer.response().code());
                    if (answer.response().status() != row.expected(caller)) {
                        mismatches.add(String.format(
                                "%s %s as %s: expected %d, got %s",
                                row.method(), answer.path(), caller, row.expected(caller), answer.response()));
                    }
                });
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(mismatches)
                .as("callers whose status differs from the matrix; all statuses, by row:%s", observed)
                .isEmpty();
    }

    record Answer(String path, Response response) {}

    @Test
    void everyDocumentedAndEveryRoutedEndpointHasARowAndEveryRowIsRouted() throws IOException {
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(row -> inMatrix.add(normalized(row.endpoint())));
        Set<String> documented = new TreeSet<>();
        for (URI service : services()) {
            documented.addAll(documentedEndpoints(service));
        }
        Set<String> routed = routedEndpoints();

        Set<String> documentedWithoutRow = new TreeSet<>(documented);
        documentedWithoutRow.removeAll(inMatrix);
        assertThat(documentedWithoutRow)
                .as("endpoints the services document (/v3/api-docs) without a row in the authorization matrix")
                .isEmpty();
        Set<String> rowsNotDocumented = new TreeSet<>(inMatrix);
        rowsNotDocumented.removeAll(documented);
        rowsNotDocumented.removeIf(endpoint -> !endpoint.contains(" /api/"));
        assertThat(rowsNotDocumented)
                .as("rows of the authorization matrix for /api endpoints no service documents")
                .isEmpty();
        List<String> routedWithoutRow = routed.stream()
                .filter(route -> inMatrix.stream().noneMatch(endpoint -> routes(route, endpoint)))
                .toList();
        assertThat(routedWithoutRow)
                .as("paths the gateway routes (gateway/src/main/resources/application.yml) without a row in the"
                        + " authorization matrix")
                .isEmpty();
        List<String> rowsNotRouted = inMatrix.stream()
                .filter(endpoint -> routed.stream().noneMatch(route -> routes(route, endpoint)))
                .toList();
        assertThat(rowsNotRouted)
                .as("rows of the authorization matrix for endpoints the gateway does not route")
                .isEmpty();
    }

    // --- the rows' requests

    /** A row: the statuses in the order of {@link Caller}, then the method and path template. */
    static Row row(String statuses, String endpoint, Function<Caller, Call> call) {
        List<Integer> expected =
                Stream.of(statuses.split(" ")).map(Integer::valueOf).toList();
        if (expected.size() != Caller.values().length) {
            throw new IllegalArgumentException("A status for each caller: " + endpoint);
        }
        String[] methodAndPath = endpoint.split(" ", 2);
        return new Row(expected, methodAndPath[0], methodAndPath[1], call, false);
    }

    /**
     * A row reading what the row above wrote through the command side: its 404s are asked again until the query side
     * has caught up. Any other status counts at once, so a refusal is never waited away.
     */
    static Row readOfTheRowAbove(Row row) {
        return new Row(row.statuses(), row.method(), row.path(), row.call(), true);
    }

    static Call none() {
        return new Call(Map.of(), null);
    }

    static Call body(Object body) {
        return new Call(Map.of(), body);
    }

    static Call vars(String... namesAndValues) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Call(variables, null);
    }

    static Call call(Map<String, String> variables, Object body) {
        return new Call(variables, body);
    }

    static Map<String, Object> aRegistration() {
        return Map.of(
                "firstName",
                "Ada",
                "lastName",
                "Lovelace",
                "email",
                "matrix-" + UUID.randomUUID() + "@example.test",
                "password",
                Ticketing.PASSWORD);
    }

    static Map<String, Object> credentials() {
        return Map.of("email", users.get(CUSTOMER).email(), "password", Ticketing.PASSWORD);
    }

    /** A refresh token of the customer's, fresh: each is exchanged once. */
    static Map<String, Object> aRefreshToken() {
        var tokens = ticketing.api.post("/api/v1/auth/token", null, credentials());
        assertThat(tokens.status()).as("%s", tokens).isEqualTo(200);
        return Map.of("refreshToken", tokens.json().get("refreshToken").asText());
    }

    static Map<String, Object> anOrganizerProfile() {
        return Map.of(
                "organizationName",
                "Matrix " + UUID.randomUUID(),
                "contactName",
                "Ada",
                "email",
                "organizer-" + UUID.randomUUID() + "@example.test");
    }

    static Map<String, Object> anEvent() {
        return Ticketing.anEvent(10, 2, List.of());
    }

    /** The customer's tickets: the owner checks the first in, the admin the second, anyone else tries the third. */
    static int ticketFor(Caller caller) {
        return caller == OWNER ? 0 : caller == ADMIN ? 1 : 2;
    }

    static Map<String, Object> aVendorProfile() {
        return Map.of(
                "name",
                "Matrix " + UUID.randomUUID(),
                "genre",
                "Jazz",
                "biography",
                "Plays the matrix.",
                "pictureUrl",
                "https://example.test/m.png");
    }

    static Map<String, Object> aTier() {
        return Map.of(
                "name",
                "Balcony " + UUID.randomUUID(),
                "priceMinor",
                2500,
                "currency",
                "EUR",
                "capacity",
                5,
                "perOrderLimit",
                2);
    }

    static Map<String, Object> anOrder() {
        return Map.of("eventId", event.id(), "tierId", event.tier().id(), "quantity", 1, "paymentToken", "tok_approve");
    }

    /** A new draft event of the owner's. */
    static String aDraftEvent() {
        var created = ticketing.api.post("/api/v1/events", token(OWNER), Ticketing.anEvent(10, 2, List.of()));
        assertThat(created.status()).as("create event %s", created).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** A new event of the owner's, on sale. */
    static String aPublishedEvent() {
        return ticketing.aPublishedEvent(users.get(OWNER), 10, 2, List.of()).id();
    }

    /** A new confirmed order of the customer's. */
    static String aConfirmedOrder(Ticketing.Event event, int quantity) {
        String id = ticketing.buy(users.get(CUSTOMER), event, quantity, "tok_approve");
        ticketing.orderWhen(users.get(CUSTOMER), id, "CONFIRMED");
        return id;
    }

    /** {@link Ticketing#anOrganizer()}, keeping the organizer's id. */
    static Ticketing.User anOrganizer() {
        Ticketing.User user = ticketing.aCustomer();
        var created = ticketing.api.post(
                "/api/v1/organizers",
                user.accessToken(),
                Map.of("organizationName", "Matrix " + user.id(), "contactName", "Ada", "email", user.email()));
        assertThat(created.status()).as("organizer %s", created).isEqualTo(201);
        organizerId = created.json().get("id").asText();
        return ticketing.withRole(user, "ORGANIZER");
    }

    static String token(Caller caller) {
        return caller == Caller.ANONYMOUS ? null : users.get(caller).accessToken();
    }

    // --- completeness: what the services document, what the gateway routes

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

    /** Path variables' names differ between the services and the gateway's routes: only their places count. */
    static String normalized(String endpoint) {
        return VARIABLE.matcher(endpoint).replaceAll("{}");
    }

    static List<URI> services() {
        List<URI> services = new ArrayList<>(system.commandServicesReplicas());
        services.add(system.queryServices());
        return services;
    }

    static Set<String> documentedEndpoints(URI service) {
        Response document = send("GET", service.resolve("/v3/api-docs"), null, null);
        assertThat(document.status())
                .as("the API document of %s: %s", service, document)
                .isEqualTo(200);
        Set<String> endpoints = new TreeSet<>();
        document.json().get("paths").fields().forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                        endpoints.add(normalized(method.toUpperCase() + " " + path.getKey()));
                    }
                }));
        return endpoints;
    }

    /**
     * Every method and path pattern of the gateway's routes, read from its configuration: a route's {@code Method=} and
     * {@code Path=} predicates, each method with each path.
     */
    static Set<String> routedEndpoints() throws IOException {
        Path configuration = Path.of(System.getProperty("ticketing.home", ".."))
                .resolve("gateway/src/main/resources/application.yml");
        Set<String> endpoints = new TreeSet<>();
        List<String> methods = List.of();
        List<String> paths = List.of();
        for (String line : Files.readAllLines(configuration)) {
            String predicate = line.strip();
            if (predicate.startsWith("- id:")) {
                methods = List.of();
                paths = List.of();
            } else if (predicate.startsWith("- Method=")) {
                methods = List.of(predicate.substring("- Method=".length()).split(","));
            } else if (predicate.startsWith("- Path=")) {
                paths = List.of(predicate.substring("- Path=".length()).split(","));
            } else {
                continue;
            }
            for (String method : methods) {
                for (String path : paths) {
                    endpoints.add(normalized(method.strip() + " " + path.strip()));
                }
            }
        }
        assertThat(endpoints).as("routes read from %s", configuration).isNotEmpty();
        return endpoints;
    }

    /** Whether a route (a Spring path pattern: {@code *} one segment, {@code **} the rest) takes this endpoint. */
    static boolean routes(String route, String endpoint) {
        String marked = route.replace("/**", "\u0001").replace("*", "\u0002").replace("{}", "\u0002");
        StringBuilder pattern = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : marked.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                pattern.append(Pattern.quote(literal.toString())).append(c == '\u0001' ? "(/.*)?" : "[^/]+");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        pattern.append(Pattern.quote(literal.toString()));
        return endpoint.matches(pattern.toString());
    }

    // --- plain HTTP: any method, any Accept (a ticket's QR code is a PNG)

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String body) {

        JsonNode json() {
            try {
                return Api.json.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        /** The problem's code, in parentheses, if the answer is a problem. */
        String code() {
            if (status < 400 || !body.startsWith("{")) {
                return "";
            }
            JsonNode code = json().path("code");
            return code.isTextual() ? "(" + code.asText() + ")" : "";
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    static String expand(String template, Map<String, String> variables) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group().substring(1, variable.group().length() - 1);
            String value = variables.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + name + "} of " + template);
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    static Response send(String method, String path, String token, Object body) {
        return send(method, system.gateway().resolve(path), token, body);
    }

    static Response send(String method, URI uri, String token, Object body) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(40)).header("Accept", "*/*");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (method.equals("POST")) {
                // an order asks for its key; any other POST ignores it
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(Api.json.writeValueAsString(body)));
            } else if (Set.of("POST", "PUT", "PATCH").contains(method)) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{}"));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String text = contentType.contains("json") || contentType.startsWith("text")
                    ? new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)
                    : contentType + ", " + response.body().length + " bytes";
            return new Response(response.statusCode(), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
