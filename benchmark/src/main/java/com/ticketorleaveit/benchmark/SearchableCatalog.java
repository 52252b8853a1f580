package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Http.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * The catalog search's events and searches: many published events made of a small vocabulary (names, tags, cities,
 * types, start days spread over a year), so that every search finds some of them, and the searches a reader would
 * type over them. The events carry the run's own tag, by which the benchmark sees them all listed before it
 * measures.
 */
final class SearchableCatalog {

    static final String[] WORDS = {
        "jazz", "rock", "opera", "folk", "techno", "blues", "soul", "choir", "piano", "guitar",
        "summer", "winter", "night", "morning", "festival", "session", "gala", "live", "acoustic", "orchestra",
        "data", "cloud", "design", "startup", "security", "robots", "health", "climate", "finance", "games",
        "pottery", "cooking", "painting", "yoga", "writing", "photography", "wine", "coffee", "dance", "theatre"
    };
    static final String[] CITIES = {
        "Lisbon", "Porto", "Madrid", "Seville", "Paris", "Lyon", "Berlin", "Hamburg", "Vienna", "Prague",
        "Milan", "Rome", "Dublin", "Oslo", "Helsinki", "Riga", "Vilnius", "Warsaw", "Krakow", "Athens"
    };
    static final String[] TYPES = {"CONCERT", "CONFERENCE", "WORKSHOP", "OTHER"};

    private static final int AT_ONCE = 32;
    private static final Duration LISTED_TIMEOUT = Duration.ofMinutes(10);

    private final Http http;
    private final String organizerToken;
    private final String runTag;

    SearchableCatalog(Http http, String organizerToken, String runId) {
        this.http = http;
        this.organizerToken = organizerToken;
        this.runTag = "run" + runId.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Creates and publishes {@code count} events, {@value #AT_ONCE} at a time, and waits until all are listed and each
     * one's tier is on sale: a publication goes on working after its answer (the tier's sales are opened through the
     * orchestrator), and searches measured while thousands of them still do would measure that work too.
     */
    void publish(int count) throws InterruptedException {
        Random random = new Random(42);
        OffsetDateTime firstDay = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0);
        List<String> published = Collections.synchronizedList(new ArrayList<>(count));
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.add(publishEvent(anEvent(random, firstDay)).thenAccept(published::add));
            if (inFlight.size() == AT_ONCE) {
                awaitAll(inFlight);
            }
        }
        awaitAll(inFlight);
        long deadline = System.nanoTime() + LISTED_TIMEOUT.toNanos();
        long listed = 0;
        while (System.nanoTime() < deadline) {
            listed = listed();
            if (listed >= count) {
                awaitOnSale(published, deadline);
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Only " + listed + " of " + count + " events were listed in time");
    }

    /** Asks for each event until its tier is on sale, {@value #AT_ONCE} at a time, asking again for those not yet. */
    private void awaitOnSale(List<String> events, long deadline) throws InterruptedException {
        List<String> waiting = new ArrayList<>(events);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.size() + " published events still had no tier on sale");
            }
            List<String> notYet = Collections.synchronizedList(new ArrayList<>());
            List<CompletableFuture<Void>> inFlight = new ArrayList<>();
            for (String event : waiting) {
                inFlight.add(http.get("/api/v1/events/" + event, null).thenAccept(reply -> {
                    if (reply.status() != 200 || !Catalog.allOnSale(Catalog.parse(reply), 1)) {
                        notYet.add(event);
                    }
                }));
                if (inFlight.size() == AT_ONCE) {
                    awaitAll(inFlight);
                }
            }
            awaitAll(inFlight);
            waiting = new ArrayList<>(notYet);
            if (!waiting.isEmpty()) {
                Thread.sleep(1_000);
            }
        }
    }

    /**
     * Searches over the vocabulary: words alone or with a city, a type with a city, a tag from a date, two words on a
     * later page. They come in an order fixed by a seed and rarely repeat within a second, so that the gateway's
     * one-second cache of public answers seldom serves them.
     */
    LongFunction<String> searches(int distinct) {
        Random random = new Random(7);
        String from = URLEncoder.encode(
                OffsetDateTime.now(ZoneOffset.UTC)
                        .plusDays(60)
                        .withNano(0)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>(distinct);
        for (int i = 0; i < distinct; i++) {
            String word = pick(random, WORDS);
            String city = pick(random, CITIES);
            paths.add(
                    switch (i % 5) {
                        case 0 -> "/api/v1/events?q=" + word;
                        case 1 -> "/api/v1/events?q=" + word + "&city=" + city;
                        case 2 -> "/api/v1/events?type=" + pick(random, TYPES) + "&city=" + city;
                        case 3 -> "/api/v1/events?tag=" + word + "&from=" + from;
                        default ->
                            "/api/v1/events?q=" + word + "%20" + pick(random, WORDS) + "&page=" + random.nextInt(3);
                    });
        }
        return CatalogLoad.rotating(paths);
    }

    private long listed() throws InterruptedException {
        Reply reply = Catalog.await(http.get("/api/v1/events?size=1&tag=" + runTag, null));
        return reply.status() == 200 ? Catalog.parse(reply).path("total").asLong() : 0;
    }

    private Map<String, Object> anEvent(Random random, OffsetDateTime firstDay) {
        String first = pick(random, WORDS);
        String second = pick(random, WORDS);
        OffsetDateTime start = firstDay.plusDays(random.nextInt(365)).plusHours(random.nextInt(12));
        return Map.of(
                "name", capitalized(first) + " " + capitalized(second),
                "type", pick(random, TYPES),
                "description", "An afternoon of " + pick(random, WORDS) + " and " + pick(random, WORDS) + ".",
                "tags", List.of(first, pick(random, WORDS), runTag),
                "venue",
                        Map.of(
                                "name",
                                capitalized(pick(random, WORDS)) + " Hall",
                                "address",
                                "1 Main Street",
                                "city",
                                pick(random, CITIES)),
                "startsAt", start.toString(),
                "endsAt", start.plusHours(3).toString(),
                "vendorIds", List.of(),
                "tiers",
                        List.of(Map.of(
                                "name",
                                "General",
                                "priceMinor",
                                2500,
                                "currency",
                                "EUR",
                                "capacity",
                                100,
                                "perOrderLimit",
                                4)));
    }

    private CompletableFuture<String> publishEvent(Map<String, Object> event) {
        return http.post("/api/v1/events", organizerToken, Catalog.json(event), null)
                .thenCompose(created -> {
                    if (created.status() != 201) {
                        throw new IllegalStateException(
                                "Could not create an event: HTTP " + created.status() + " " + created.body());
                    }
                    String id = Catalog.parse(created).path("id").asText();
                    return http.post("/api/v1/events/" + id + "/publish", organizerToken, "{}", null)
                            .thenApply(published -> {
                                if (published.status() != 200) {
                                    throw new IllegalStateException("Could not publish event " + id + ": HTTP "
                                            + published.status() + " " + published.body());
                                }
                                return id;
                            });
                });
    }

    private static void awaitAll(List<CompletableFuture<Void>> calls) throws InterruptedException {
        Catalog.await(CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)));
        calls.clear();
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
