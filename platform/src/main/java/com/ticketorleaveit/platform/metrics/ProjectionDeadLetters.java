package com.ticketorleaveit.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ticketing.axon.dead.letters{processingGroup}}: the events each processing group of this deployable parked in
 * Axon's dead-letter queue ({@code DeadLetterEntry}, see V2__axon_dead_letter_queue.sql) rather than skip. Counted
 * when scraped, one grouped count over that table at most every {@link #MAX_AGE}; the table holds only the letters
 * waiting for an operator, so the count is cheap.
 */
final class ProjectionDeadLetters {

    static final String METRIC = "ticketing.axon.dead.letters";
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private ProjectionDeadLetters() {}

    static void bind(MeterRegistry registry, JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        var snapshot = new ScrapedSnapshot(
                "projection dead letters",
                () -> {
                    Map<String, Long> counts = new HashMap<>();
                    jdbc.query(
                            "select processingGroup, count(*) from DeadLetterEntry group by processingGroup", row -> {
                                counts.put(row.getString(1), row.getLong(2));
                            });
                    return counts;
                },
                MAX_AGE,
                Clock.systemUTC());
        processing.eventProcessors().keySet().forEach(group -> Gauge.builder(METRIC, () -> snapshot.count(group))
                .description("Events a processing group parked in its dead-letter queue instead of handling them")
                .tag("processingGroup", group)
                .register(registry));
    }
}
