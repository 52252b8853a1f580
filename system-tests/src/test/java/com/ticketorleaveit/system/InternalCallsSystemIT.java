package com.ticketorleaveit.system;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Someone who reaches a service's port directly, past the gateway, and speaks the command bus's protocol: without the
 * cluster's secret their commands are refused (401) and change nothing. The messages below are the command bus's own
 * format, which the same message signed with the cluster's secret proves: it is taken (ADR 21).
 */
class InternalCallsSystemIT extends SystemTest {

    private static final String CONNECTOR = "/spring-command-bus-connector/command";
    private static final String GRANT_ROLE = "com.ticketorleaveit.users.api.GrantRole";
    private static final String CONFIRM_ORDER = "com.ticketorleaveit.tickets.api.ConfirmOrder";

    @Test
    void refusesAForgedGrantRoleSoNobodyMakesThemselvesAdmin() {
        var mallory = ticketing.aCustomer();
        var commandBus = new Api(system.commandServicesReplicas().get(0));

        var makeMeAdmin = dispatch(GRANT_ROLE, grantRole(mallory, "ADMIN"));
        var forged = commandBus.post(CONNECTOR, null, makeMeAdmin, Map.of());
        var guessed = commandBus.post(
                CONNECTOR,
                null,
                makeMeAdmin,
                signedWith("a-guessed-secret-that-is-long-enough-too", "POST", CONNECTOR, makeMeAdmin));

        assertUnauthenticated(forged);
        assertUnauthenticated(guessed);
        // the same command, for another role and signed with the cluster's secret, is taken; commands of one user are
        // handled in order, so once its role shows in a token, ADMIN would show too had the forged one been taken
        var control = dispatch(GRANT_ROLE, grantRole(mallory, "ORGANIZER"));
        var signed = commandBus.post(
                CONNECTOR, null, control, signedWith(system.internalAuthSecret(), "POST", CONNECTOR, control));
        assertThat(signed.status()).as("%s", signed).isEqualTo(200);
        var organizer = ticketing.withRole(mallory, "ORGANIZER");
        assertThat(Ticketing.roles(organizer.accessToken())).doesNotContain("ADMIN");
    }

    @Test
    void refusesAForgedConfirmOrderSoNobodyMarksTheirOrderPaid() {
        var event = ticketing.aPublishedEvent(ticketing.anOrganizer(), 5, 5, List.of());
        var buyer = ticketing.aCustomer();
        // the provider never answers for this card: the order stays unpaid until its hold runs out
        String orderId = ticketing.buy(buyer, event, 2, "tok_timeout");

        for (URI replica : system.commandServicesReplicas()) {
            var forged = new Api(replica)
                    .post(
                            CONNECTOR,
                            null,
                            dispatch(
                                    CONFIRM_ORDER,
                                    Map.of(
                                            "orderId",
                                            orderId,
                                            "tierId",
                                            event.tier().id(),
                                            "ticketCodes",
                                            List.of("FORGED-1", "FORGED-2"),
                                            "holderName",
                                            "Mallory")),
                            Map.of());
            assertUnauthenticated(forged);
        }

        var order = ticketing.finalOrder(buyer, orderId);
        assertThat(order.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(order.path("tickets")).isEmpty();
        ticketing.eventuallyRemaining(event, 5);
    }

    @Test
    void refusesUnsignedCallsToEveryMembersInternalPaths() {
        List<URI> members = new ArrayList<>(system.commandServicesReplicas());
        members.addAll(system.sagaOrchestratorReplicas());
        for (URI member : members) {
            var api = new Api(member);
            assertUnauthenticated(api.get("/member-capabilities", null));
            assertUnauthenticated(api.post(CONNECTOR, null, "{}", Map.of()));
            // deny by default: a path nobody declared public is internal
            assertUnauthenticated(api.get("/anything-else", null));
        }
    }

    private static void assertUnauthenticated(Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("INTERNAL_CALL_UNAUTHENTICATED");
    }

    private static Map<String, Object> grantRole(Ticketing.User user, String role) {
        return Map.of("userId", user.id(), "role", role);
    }

    /** A command as one command bus member sends it to another (Axon's SpringHttpDispatchMessage, in JSON). */
    private static String dispatch(String commandName, Map<String, Object> payload) {
        try {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("commandIdentifier", UUID.randomUUID().toString());
            message.put("serializedMetaData", "{}".getBytes(UTF_8));
            message.put("payloadType", commandName);
            message.put("payloadRevision", null);
            message.put("serializedPayload", Api.json.writeValueAsBytes(payload));
            message.put("commandName", commandName);
            message.put("expectReply", true);
            return Api.json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The headers of a call signed as ADR 21 says: HMAC-SHA256 with the secret over the method, path, timestamp and
     * body, each of the first three followed by a line feed.
     */
    private static Map<String, String> signedWith(String secret, String method, String path, String body) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            mac.update((method + "\n" + path + "\n" + timestamp + "\n").getBytes(UTF_8));
            String signature = "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8)));
            return Map.of("Internal-Timestamp", Long.toString(timestamp), "Internal-Signature", signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
