package com.ticketorleaveit.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts read from the database when a gauge is scraped, at most once per {@code maxAge} however many gauges (and
 * scrapers) ask: several gauges share one query. A query that fails leaves the last counts (none: an empty map).
 */
final class ScrapedSnapshot {

    private static final Logger log = LoggerFactory.getLogger(ScrapedSnapshot.class);

    private final String what;
    private final Supplier<Map<String, Long>> query;
    private final Duration maxAge;
    private final Clock clock;
    private Map<String, Long> counts = Map.of();
    private Instant takenAt = Instant.MIN;

    ScrapedSnapshot(String what, Supplier<Map<String, Long>> query, Duration maxAge, Clock clock) {
        this.what = what;
        this.query = query;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The count of {@code key} (0 when absent), from counts at most {@code maxAge} old. */
    synchronized double count(String key) {
        Instant now = clock.instant();
        if (takenAt.plus(maxAge).isBefore(now)) {
            takenAt = now;
            try {
                counts = Map.copyOf(query.get());
            } catch (RuntimeException e) {
                log.debug("Counting {} failed: {}", what, e.toString());
            }
        }
        return counts.getOrDefault(key, 0L);
    }
}
