package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The system tests run two command-services replicas behind the gateway. Both form one command bus ring, so every
 * tier's orders are handled by one node whichever replica took the request: a replica hands the others' commands
 * over to them.
 */
class ReplicasSystemIT extends SystemTest {

    private static final String CONNECTOR = "/spring-command-bus-connector/command";
    private static final Pattern HANDED_OVER = Pattern.compile(
            "http_server_requests_seconds_count\\{[^}]*uri=\"" + Pattern.quote(CONNECTOR) + "\"[^}]*} ([0-9.E]+)");

    @Test
    void everyReplicaSeesARingOfAllReplicas() {
        assertThat(system.commandServicesReplicas()).hasSize(RunningSystem.COMMAND_SERVICES_REPLICAS);
        String admin = ticketing.anAdmin().accessToken();
        for (var replica : system.commandServicesReplicas()) {
            var anonymous = new Api(replica).get("/actuator/health/readiness", null);
            assertThat(anonymous.json().has("components"))
                    .as("the ring's details are an admin's: %s", anonymous)
                    .isFalse();
            var readiness = Ticketing.eventually(
                    "ring of " + RunningSystem.COMMAND_SERVICES_REPLICAS + " at " + replica,
                    () -> new Api(replica).get("/actuator/health/readiness", admin),
                    r -> r.status() == 200
                            && r.json()
                                            .at("/components/commandBusMembership/details/acceptingCommands")
                                            .asInt()
                                    == RunningSystem.COMMAND_SERVICES_REPLICAS);
            assertThat(readiness
                            .json()
                            .at("/components/commandBusMembership/status")
                            .asText())
                    .isEqualTo("UP");
        }
    }

    @Test
    void eachReplicaHandsTheCommandsOfTiersItDoesNotOwnToTheOther() {
        var organizer = ticketing.anOrganizer();
        List<Ticketing.Event> tiers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tiers.add(ticketing.aPublishedEvent(organizer, 100, 4, List.of()));
        }
        List<URI> replicas = system.commandServicesReplicas();

        for (URI taking : replicas) {
            Map<URI, Double> before = handedOver(replicas);
            for (var tier : tiers) {
                var buyer = ticketing.aSignedInCustomer();
                var placed = new Api(taking)
                        .post(
                                "/api/v1/orders",
                                buyer.accessToken(),
                                Map.of(
                                        "eventId",
                                        tier.id(),
                                        "tierId",
                                        tier.tier().id(),
                                        "quantity",
                                        1,
                                        "paymentToken",
                                        "tok_approve"),
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(placed.status()).as("%s", placed).isEqualTo(202);
                assertThat(placed.json().get("status").asText()).isEqualTo("RESERVED");
            }
            Map<URI, Double> after = handedOver(replicas);
            for (URI other : replicas) {
                if (!other.equals(taking)) {
                    // with 16 tiers spread over the ring, some are the other replica's
                    assertThat(after.get(other))
                            .as("commands handed from %s to %s", taking, other)
                            .isGreaterThan(before.get(other));
                }
            }
        }
        tiers.forEach(ticketing::eventuallyReconciled);
    }

    /** How many commands each replica has received from another member of the ring. */
    private static Map<URI, Double> handedOver(List<URI> replicas) {
        Map<URI, Double> counts = new java.util.HashMap<>();
        for (URI replica : replicas) {
            var response = new Api(replica).getText("/actuator/prometheus");
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            String metrics = response.body();
            double total = 0;
            Matcher matcher = HANDED_OVER.matcher(metrics);
            while (matcher.find()) {
                total += Double.parseDouble(matcher.group(1));
            }
            counts.put(replica, total);
        }
        return counts;
    }
}
