package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Vendors through the gateway (ADR 19): a vendor changes its profile (its owner or an admin; anyone else is told there
 * is no such vendor of theirs), the directory finds active vendors by words and genre, and a deactivated vendor cannot
 * be booked while the events that booked it keep it and their organizers are mailed; reactivated, it can be booked
 * again.
 */
class VendorsSystemIT extends SystemTest {

    @Test
    void aVendorChangesItsProfileAndNobodyButItsOwnerOrAnAdminMay() {
        String name = "Quartet " + UUID.randomUUID();
        var vendor = ticketing.aVendor(name);
        var otherVendor = ticketing.aVendor("Other " + UUID.randomUUID());
        var customer = ticketing.aCustomer();
        var admin = ticketing.anAdmin();
        String path = "/api/v1/vendors/" + vendor.id();

        var changed = ticketing.api.patch(
                path, vendor.accessToken(), Map.of("genre", "Soul", "biography", "Now with a singer."));
        var bySomeoneElse = ticketing.api.patch(path, otherVendor.accessToken(), Map.of("genre", "Punk"));
        var byACustomer = ticketing.api.patch(path, customer.accessToken(), Map.of("genre", "Punk"));
        var invalid = ticketing.api.patch(path, vendor.accessToken(), Map.of("name", " ", "pictureUrl", "ftp://x"));
        var takenName = ticketing.api.patch(
                path,
                vendor.accessToken(),
                Map.of("name", vendorName(otherVendor).toUpperCase(), "genre", "Punk"));
        var unknown = ticketing.api.patch("/api/v1/vendors/" + UUID.randomUUID(), admin.accessToken(), Map.of());

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().get("name").asText()).isEqualTo(name);
        assertThat(changed.json().get("genre").asText()).isEqualTo("Soul");
        assertThat(changed.json().get("biography").asText()).isEqualTo("Now with a singer.");
        assertThat(changed.json().get("active").asBoolean()).isTrue();
        assertProblem(bySomeoneElse, 404, "VENDOR_NOT_FOUND");
        assertProblem(byACustomer, 403, "FORBIDDEN");
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        assertThat(invalid.json().get("errors").findValuesAsText("field")).contains("name", "pictureUrl");
        assertProblem(takenName, 409, "VENDOR_NAME_TAKEN");
        assertProblem(unknown, 404, "VENDOR_NOT_FOUND");

        String renamed = "Quintet " + UUID.randomUUID();
        var byAdmin = ticketing.api.patch(path, admin.accessToken(), Map.of("name", renamed, "pictureUrl", ""));
        assertThat(byAdmin.status()).as("%s", byAdmin).isEqualTo(200);

        JsonNode shown = Ticketing.eventually(
                        "the changed profile in the directory",
                        () -> ticketing.api.get(path, null),
                        r -> r.status() == 200 && r.json().get("name").asText().equals(renamed))
                .json();
        // the refused changes left nothing behind
        assertThat(shown.get("genre").asText()).isEqualTo("Soul");
        assertThat(shown.get("biography").asText()).isEqualTo("Now with a singer.");
        assertThat(shown.has("pictureUrl")).as("%s", shown).isFalse();
        // the old name is free again, the new one is not
        assertThat(ticketing
                        .api
                        .patch(path, vendor.accessToken(), Map.of("name", name))
                        .status())
                .isEqualTo(200);
        assertProblem(
                ticketing.api.patch(
                        "/api/v1/vendors/" + otherVendor.id(), otherVendor.accessToken(), Map.of("name", name)),
                409,
                "VENDOR_NAME_TAKEN");
    }

    @Test
    void theDirectoryFindsActiveVendorsByWordsAndGenreCombined() {
        String word = Ticketing.aWord();
        var brass = ticketing.aVendor(word + " Brass " + UUID.randomUUID(), "Marching", "Loud and proud.");
        var strings =
                ticketing.aVendor("Strings " + UUID.randomUUID(), "Classical", "Chamber music, " + word + " style.");
        var retired = ticketing.aVendor(word + " Retired " + UUID.randomUUID(), "Marching", "Old hands.");
        ticketing.aVendor("Unrelated " + UUID.randomUUID(), "Marching", "Nothing to see.");
        var deactivated =
                ticketing.api.post("/api/v1/vendors/" + retired.id() + "/deactivate", retired.accessToken(), Map.of());
        assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(200);

        JsonNode byWord = Ticketing.eventually(
                        "the vendors with the word, the deactivated one left out",
                        () -> ticketing.api.get("/api/v1/vendors?q=" + word, null),
                        r -> r.status() == 200 && r.json().get("total").asInt() == 2)
                .json();
        assertThat(ids(byWord)).containsExactly(brass.id(), strings.id());

        var withGenre = ticketing.api.get("/api/v1/vendors?q=" + word + "&genre=MARCHING", null);
        assertThat(ids(withGenre.json())).containsExactly(brass.id());
        var withInactive = ticketing.api.get("/api/v1/vendors?q=" + word + "&includeInactive=true", null);
        assertThat(ids(withInactive.json())).containsExactlyInAnyOrder(brass.id(), strings.id(), retired.id());
        var secondPage = ticketing.api.get("/api/v1/vendors?q=" + word + "&page=1&size=1", null);
        assertThat(ids(secondPage.json())).containsExactly(strings.id());
        assertThat(secondPage.json().get("total").asInt()).isEqualTo(2);

        assertProblem(ticketing.api.get("/api/v1/vendors?size=0", null), 400, "VALIDATION_FAILED");
        assertProblem(ticketing.api.get("/api/v1/vendors?page=-1", null), 400, "VALIDATION_FAILED");
        assertProblem(ticketing.api.get("/api/v1/vendors?q=" + "a".repeat(201), null), 400, "VALIDATION_FAILED");
        assertProblem(ticketing.api.get("/api/v1/vendors?includeInactive=maybe", null), 400, "INVALID_PARAMETER");
    }

    @Test
    void aDeactivatedVendorCannotBeBookedKeepsItsBookingsAndTheirOrganizersAreTold() {
        var organizer = ticketing.anOrganizer();
        var vendor = ticketing.aVendor("Owls " + UUID.randomUUID());
        var otherVendor = ticketing.aVendor("Larks " + UUID.randomUUID());
        var admin = ticketing.anAdmin();
        String vendorPath = "/api/v1/vendors/" + vendor.id();

        var upcoming = anEventBooking(organizer, vendor, true);
        var draft = anEventBooking(organizer, vendor, false);
        var cancelled = anEventBooking(organizer, vendor, true);
        assertThat(ticketing.cancelEvent(organizer, cancelled.id()).status()).isEqualTo(202);
        var later = anEventBooking(organizer, null, true);
        Ticketing.eventually(
                "the cancellation in the catalog",
                () -> ticketing.api.get("/api/v1/events/" + cancelled.id(), null),
                r -> r.status() == 200 && r.json().get("status").asText().equals("CANCELLED"));

        assertProblem(
                ticketing.api.post(vendorPath + "/deactivate", organizer.accessToken(), Map.of()), 403, "FORBIDDEN");
        assertProblem(
                ticketing.api.post(vendorPath + "/deactivate", otherVendor.accessToken(), Map.of()),
                404,
                "VENDOR_NOT_FOUND");
        var deactivated = ticketing.api.post(vendorPath + "/deactivate", vendor.accessToken(), Map.of());
        var again = ticketing.api.post(vendorPath + "/deactivate", vendor.accessToken(), Map.of());
        assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().get("active").asBoolean()).isFalse();
        Ticketing.eventually(
                "the vendor inactive in the directory",
                () -> ticketing.api.get(vendorPath, null),
                r -> r.status() == 200 && !r.json().get("active").asBoolean());

        String booking = "/api/v1/events/" + later.id() + "/vendors/" + vendor.id();
        assertProblem(ticketing.api.put(booking, organizer.accessToken()), 422, "INACTIVE_VENDOR");
        assertProblem(
                ticketing.api.post(
                        "/api/v1/events", organizer.accessToken(), Ticketing.anEvent(10, 2, List.of(vendor.id()))),
                422,
                "INACTIVE_VENDOR");
        assertThat(vendorIds(upcoming.id(), organizer)).contains(vendor.id());
        assertThat(vendorIds(later.id(), organizer)).isEmpty();

        List<MimeMessage> told = ticketing.mailsAbout(organizer, "is no longer active", mails -> mails.size() >= 2);
        assertThat(told)
                .extracting(Ticketing::subject)
                .containsExactlyInAnyOrder(
                        upcoming.name() + ": " + vendorName(vendor) + " is no longer active",
                        draft.name() + ": " + vendorName(vendor) + " is no longer active");
        assertThat(Ticketing.text(told.get(0))).contains("The booking stays on your event");

        var reactivated = ticketing.api.post(vendorPath + "/reactivate", vendor.accessToken(), Map.of());
        assertThat(reactivated.status()).as("%s", reactivated).isEqualTo(200);
        assertThat(reactivated.json().get("active").asBoolean()).isTrue();
        var booked = Ticketing.eventually(
                "the vendor booked again once the directory has it active",
                () -> ticketing.api.put(booking, organizer.accessToken()),
                r -> r.status() != 422);
        assertThat(booked.status()).as("%s", booked).isEqualTo(200);
        Ticketing.eventually(
                "the new booking in the catalog",
                () -> ticketing.api.get("/api/v1/events/" + later.id(), null),
                r -> r.status() == 200 && r.json().get("vendorIds").toString().contains(vendor.id()));

        // an admin's deactivation is undone by an admin only, and tells the organizers again, of the new booking too
        assertThat(ticketing
                        .api
                        .post(vendorPath + "/deactivate", admin.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);
        assertProblem(
                ticketing.api.post(vendorPath + "/reactivate", vendor.accessToken(), Map.of()),
                403,
                "VENDOR_DEACTIVATED_BY_ADMIN");
        var toldAgain = ticketing.mailsAbout(organizer, "is no longer active", mails -> mails.size() >= 5);
        assertThat(toldAgain)
                .extracting(Ticketing::subject)
                .filteredOn(subject -> subject.startsWith(later.name()))
                .hasSize(1);
        var byAdmin = ticketing.api.post(vendorPath + "/reactivate", admin.accessToken(), Map.of());
        assertThat(byAdmin.status()).as("%s", byAdmin).isEqualTo(200);
        assertThat(byAdmin.json().get("active").asBoolean()).isTrue();
        assertProblem(
                ticketing.api.post(
                        "/api/v1/vendors/" + UUID.randomUUID() + "/reactivate", admin.accessToken(), Map.of()),
                404,
                "VENDOR_NOT_FOUND");

        // no mail about the cancelled event, nor a second one about any event for one deactivation
        sleep(Duration.ofSeconds(2));
        assertThat(ticketing.mailsAbout(organizer, "is no longer active", mails -> true))
                .extracting(Ticketing::subject)
                .noneMatch(subject -> subject.startsWith(cancelled.name()))
                .hasSize(5);
    }

    record CreatedEvent(String id, String name) {}

    /** An event of the organizer's a month away, booking the vendor (or none), published or a draft, in the catalog. */
    private static CreatedEvent anEventBooking(Ticketing.User organizer, Ticketing.User vendor, boolean published) {
        Map<String, Object> event =
                new HashMap<>(Ticketing.anEvent(10, 2, vendor == null ? List.of() : List.of(vendor.id())));
        String name = (String) event.get("name");
        String id;
        if (published) {
            id = ticketing.aPublishedEvent(organizer, event, 10).id();
        } else {
            var created = ticketing.api.post("/api/v1/events", organizer.accessToken(), event);
            assertThat(created.status()).as("create event %s", created).isEqualTo(201);
            id = created.json().get("id").asText();
            Ticketing.eventually(
                    "the draft in the catalog",
                    () -> ticketing.api.get("/api/v1/events/" + id, organizer.accessToken()),
                    r -> r.status() == 200);
        }
        return new CreatedEvent(id, name);
    }

    private static List<String> vendorIds(String eventId, Ticketing.User organizer) {
        List<String> ids = new ArrayList<>();
        ticketing
                .api
                .get("/api/v1/events/" + eventId, organizer.accessToken())
                .json()
                .get("vendorIds")
                .forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String vendorName(Ticketing.User vendor) {
        return ticketing
                .api
                .get("/api/v1/vendors/" + vendor.id(), null)
                .json()
                .get("name")
                .asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
