package com.ticketorleaveit.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ScrapedSnapshotTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-01-01T12:00:00Z"));
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicReference<Map<String, Long>> table = new AtomicReference<>(Map.of("a", 2L));

    private final ScrapedSnapshot snapshot = new ScrapedSnapshot(
            "things",
            () -> {
                queries.incrementAndGet();
                Map<String, Long> counts = table.get();
                if (counts == null) {
                    throw new IllegalStateException("database down");
                }
                return counts;
            },
            Duration.ofSeconds(10),
            new Clock() {
                @Override
                public Instant instant() {
                    return now.get();
                }

                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }
            });

    @Test
    void answersEveryGaugeFromOneQueryWhileItIsFresh() {
        assertThat(snapshot.count("a")).isEqualTo(2);
        assertThat(snapshot.count("b")).isZero();
        now.set(now.get().plusSeconds(9));
        table.set(Map.of("a", 5L));

        assertThat(snapshot.count("a")).isEqualTo(2);
        assertThat(queries).hasValue(1);
    }

    @Test
    void queriesAgainOnceTheCountsAreOlderThanTheirMaximumAge() {
        snapshot.count("a");
        now.set(now.get().plusSeconds(11));
        table.set(Map.of("a", 5L));

        assertThat(snapshot.count("a")).isEqualTo(5);
        assertThat(queries).hasValue(2);
    }

    @Test
    void keepsTheLastCountsWhenTheQueryFails() {
        snapshot.count("a");
        now.set(now.get().plusSeconds(11));
        table.set(null);

        assertThat(snapshot.count("a")).isEqualTo(2);
    }
}
