package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An organizer completes their profile through the gateway (ADR 26): industry and payout details, the latter encrypted
 * before they are stored and shown only masked.
 */
class OrganizerProfileSystemIT extends SystemTest {

    private static final String IBAN = "DE89 3704 0044 0532 0130 00";
    private static final String IBAN_DIGITS = "370400440532013000";
    private static final String HOLDER = "Loud Nights Productions";

    @Test
    void storesPayoutDetailsOnlyEncryptedAndShowsThemMasked() throws Exception {
        var olga = ticketing.aCustomer();
        var registered = ticketing.api.post(
                "/api/v1/organizers",
                olga.accessToken(),
                Map.of("organizationName", "Loud Nights " + olga.id(), "contactName", "Olga", "email", olga.email()));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        String organizerId = registered.json().get("id").asText();
        olga = ticketing.withRole(olga, "ORGANIZER");

        var changed = ticketing.api.patch(
                "/api/v1/organizers/me",
                olga.accessToken(),
                Map.of("industry", "Live music", "payout", Map.of("iban", IBAN, "accountHolder", HOLDER)));

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().get("id").asText()).isEqualTo(organizerId);
        assertThat(changed.json().get("industry").asText()).isEqualTo("Live music");
        assertThat(changed.json().at("/payout/accountMasked").asText()).isEqualTo("**** 3000");
        assertThat(changed.body()).doesNotContain(IBAN_DIGITS).doesNotContain(HOLDER);
        String token = olga.accessToken();
        var shown = Ticketing.eventually(
                "the profile with its industry",
                () -> ticketing.api.get("/api/v1/organizers/" + organizerId, token),
                r -> r.status() == 200 && r.json().path("industry").asText().equals("Live music"));
        assertThat(shown.json().at("/payout/accountMasked").asText()).isEqualTo("**** 3000");
        assertThat(shown.json().get("organizationName").asText()).isEqualTo("Loud Nights " + olga.id());
        assertThat(shown.body())
                .doesNotContain(IBAN_DIGITS)
                .doesNotContain(HOLDER)
                .doesNotContain("v1:");

        var stored = new SystemDatabase(system).payloadsOf(organizerId);
        assertThat(stored)
                .as("the organizer's events in the event store")
                .hasSize(2)
                .noneMatch(payload -> payload.contains(IBAN_DIGITS) || payload.contains("DE89"))
                .noneMatch(payload -> payload.contains(HOLDER));
        assertThat(stored.get(1))
                .contains("OrganizerProfileChanged")
                .contains("\"accountLast4\":\"3000\"")
                .contains("\"sealed\":\"v1:");
    }

    @Test
    void refusesAnAccountThatIsNoIbanAndABlankIndustry() {
        var olga = ticketing.anOrganizer();

        assertProblem(
                ticketing.api.patch(
                        "/api/v1/organizers/me",
                        olga.accessToken(),
                        Map.of("payout", Map.of("iban", "DE88 3704 0044 0532 0130 00", "accountHolder", HOLDER))),
                400,
                "INVALID_IBAN");
        assertProblem(
                ticketing.api.patch("/api/v1/organizers/me", olga.accessToken(), Map.of("industry", " ")),
                400,
                "VALIDATION_FAILED");
        assertProblem(
                ticketing.api.patch(
                        "/api/v1/organizers/me",
                        olga.accessToken(),
                        Map.of("payout", Map.of("iban", IBAN, "accountHolder", ""))),
                400,
                "VALIDATION_FAILED");
    }

    @Test
    void onlyAnOrganizerChangesAProfileAndOnlyTheirOwn() {
        var bob = ticketing.aCustomer();

        assertProblem(
                ticketing.api.patch("/api/v1/organizers/me", bob.accessToken(), Map.of("industry", "Theft")),
                403,
                "FORBIDDEN");
        assertThat(ticketing
                        .api
                        .patch("/api/v1/organizers/me", null, Map.of("industry", "Theft " + UUID.randomUUID()))
                        .status())
                .isEqualTo(401);
    }
}
