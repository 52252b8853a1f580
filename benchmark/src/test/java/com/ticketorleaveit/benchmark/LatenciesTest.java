package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void summarizesPercentilesInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int millis = 1; millis <= 100; millis++) {
            latencies.record(0, millis * 1_000_000L);
        }

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Ms()).isCloseTo(50.0, within(0.1));
        assertThat(summary.p90Ms()).isCloseTo(90.0, within(0.1));
        assertThat(summary.p99Ms()).isCloseTo(99.0, within(0.1));
        assertThat(summary.maxMs()).isCloseTo(100.0, within(0.1));
    }

    @Test
    void tracksLongWaitsWithoutLosingThem() {
        Latencies latencies = new Latencies();
        latencies.record(0, 1_000_000L);
        latencies.record(0, 600_000_000_000L);

        assertThat(latencies.summary().maxMs()).isCloseTo(600_000.0, within(600.0));
    }

    @Test
    void anEmptyHistogramHasNoPercentiles() {
        assertThat(new Latencies().summary()).isEqualTo(Latencies.Summary.EMPTY);
        assertThat(Latencies.Summary.EMPTY.p99Ms()).isNull();
    }

    @Test
    void aNegativeSpanCountsAsZero() {
        Latencies latencies = new Latencies();
        latencies.record(10, 5);

        assertThat(latencies.summary().maxMs()).isZero();
    }
}
