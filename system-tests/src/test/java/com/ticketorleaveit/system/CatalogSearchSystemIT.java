package com.ticketorleaveit.system;

import static com.ticketorleaveit.system.RequestValidationSystemIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding events through the gateway, as anyone may: words, type, tag, city and dates combine; drafts are never
 * listed, cancelled events only when asked for, and bad criteria are refused.
 */
class CatalogSearchSystemIT extends SystemTest {

    static String word;
    static Ticketing.Event lisbonConcert;
    static Ticketing.Event portoConference;
    static Ticketing.Event cancelledConcert;

    /** Three published events sharing a word of their own (one cancelled since) and a draft that has it too. */
    @BeforeAll
    static void events() {
        word = Ticketing.aWord();
        var organizer = ticketing.anOrganizer();
        lisbonConcert = ticketing.aPublishedEvent(
                organizer,
                event(Duration.ofDays(10), "The " + word + " Quartet", "CONCERT", List.of(word, "live"), "Lisbon"),
                5);
        portoConference = ticketing.aPublishedEvent(
                organizer,
                event(Duration.ofDays(20), "Data Days", "CONFERENCE", List.of("talks"), "Porto", word + " keynote"),
                5);
        cancelledConcert = ticketing.aPublishedEvent(
                organizer, event(Duration.ofDays(40), word + " Farewell", "CONCERT", List.of(word), "Lisbon"), 5);
        assertThat(ticketing.cancelEvent(organizer, cancelledConcert.id()).status())
                .isEqualTo(202);
        var draft = ticketing.api.post(
                "/api/v1/events",
                organizer.accessToken(),
                event(Duration.ofDays(5), word + " Rehearsal", "CONCERT", List.of(word), "Lisbon"));
        assertThat(draft.status()).isEqualTo(201);
    }

    @Test
    void findsPublishedUpcomingEventsByTheirWordsInStartOrderButNoDraftAndNoCancelledOne() {
        assertThat(eventually("q=" + word, 2)).containsExactly(lisbonConcert.id(), portoConference.id());
    }

    @Test
    void listsACancelledEventWhenAskedFor() {
        JsonNode page = Ticketing.eventually(
                        "cancelled event listed",
                        () -> ticketing.api.get("/api/v1/events?includeCancelled=true&q=" + word, null),
                        // listed as soon as it was published: wait for its cancellation to reach the catalog too
                        r -> r.status() == 200
                                && r.json().get("total").asInt() == 3
                                && r.json()
                                        .get("items")
                                        .get(2)
                                        .get("status")
                                        .asText()
                                        .equals("CANCELLED"))
                .json();

        assertThat(ids(page)).containsExactly(lisbonConcert.id(), portoConference.id(), cancelledConcert.id());
        assertThat(page.get("items").get(2).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void criteriaCombine() {
        eventually("q=" + word, 2);
        String inFifteenDays = encoded(OffsetDateTime.now(ZoneOffset.UTC).plusDays(15));

        assertThat(search("q=" + word + "&type=CONCERT&city=lisbon")).containsExactly(lisbonConcert.id());
        assertThat(search("tag=" + word + "&to=" + inFifteenDays)).containsExactly(lisbonConcert.id());
        assertThat(search("q=keynote%20" + word + "&from=" + inFifteenDays)).containsExactly(portoConference.id());
        assertThat(search("q=" + word + "&city=Porto&type=CONCERT")).isEmpty();
        assertThat(search("q=" + word + "&size=1&page=1")).containsExactly(portoConference.id());
    }

    @Test
    void badCriteriaAreRefusedWithAProblem() {
        String now = encoded(OffsetDateTime.now(ZoneOffset.UTC));

        assertProblem(ticketing.api.get("/api/v1/events?type=PARTY", null), 400, "INVALID_PARAMETER");
        assertProblem(ticketing.api.get("/api/v1/events?from=tomorrow", null), 400, "INVALID_PARAMETER");
        assertProblem(ticketing.api.get("/api/v1/events?from=" + now + "&to=" + now, null), 400, "INVALID_DATE_RANGE");
        assertProblem(ticketing.api.get("/api/v1/events?size=1000", null), 400, "VALIDATION_FAILED");
        assertProblem(ticketing.api.get("/api/v1/events?q=" + "x".repeat(201), null), 400, "VALIDATION_FAILED");
    }

    private static List<String> eventually(String criteria, int expected) {
        return ids(Ticketing.eventually(
                        "events for " + criteria,
                        () -> ticketing.api.get("/api/v1/events?" + criteria, null),
                        r -> r.status() == 200 && r.json().get("total").asInt() == expected)
                .json());
    }

    private static List<String> search(String criteria) {
        Api.Response response = ticketing.api.get("/api/v1/events?" + criteria, null);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return ids(response.json());
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("id").asText())
                .toList();
    }

    private static String encoded(OffsetDateTime time) {
        return URLEncoder.encode(time.withNano(0).toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> event(
            Duration startsIn, String name, String type, List<String> tags, String city) {
        return event(startsIn, name, type, tags, city, "An evening.");
    }

    private static Map<String, Object> event(
            Duration startsIn, String name, String type, List<String> tags, String city, String description) {
        var event = new HashMap<>(Ticketing.anEvent(startsIn, 5, 2, List.of()));
        event.put("name", name);
        event.put("type", type);
        event.put("tags", tags);
        event.put("description", description);
        event.put("venue", Map.of("name", "Hall", "address", "1 Main Street", "city", city));
        return event;
    }
}
