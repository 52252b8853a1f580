package com.ticketorleaveit.benchmark;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A latency histogram (HdrHistogram, microseconds, 3 significant digits) that any thread may record into. */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(3);

    /** Records the time from {@code fromNanos} to {@code toNanos}; a negative span counts as zero. */
    void record(long fromNanos, long toNanos) {
        histogram.recordValue(Math.max(0, (toNanos - fromNanos) / 1_000));
    }

    long count() {
        return histogram.getTotalCount();
    }

    Summary summary() {
        return Summary.of(histogram);
    }

    /**
     * What the report shows of a histogram, in milliseconds; percentiles are null when nothing was recorded.
     *
     * @param count values recorded
     */
    record Summary(long count, Double p50Ms, Double p90Ms, Double p99Ms, Double maxMs) {

        static final Summary EMPTY = new Summary(0, null, null, null, null);

        static Summary of(Histogram histogram) {
            if (histogram.getTotalCount() == 0) {
                return EMPTY;
            }
            return new Summary(
                    histogram.getTotalCount(),
                    millis(histogram.getValueAtPercentile(50)),
                    millis(histogram.getValueAtPercentile(90)),
                    millis(histogram.getValueAtPercentile(99)),
                    millis(histogram.getMaxValue()));
        }

        private static double millis(long micros) {
            return Math.round(micros / 10.0) / 100.0;
        }
    }
}
