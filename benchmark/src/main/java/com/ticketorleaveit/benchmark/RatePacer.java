package com.ticketorleaveit.benchmark;

import java.util.concurrent.locks.LockSupport;

/**
 * The schedule of an open-model load: request {@code i} is due at {@code start + i / rate}, whatever became of the
 * requests before it. Latencies are measured from these intended times, so a slow answer cannot hide the queueing it
 * causes (no coordinated omission).
 */
final class RatePacer {

    /** Sends one request; must not block (it starts asynchronous work and returns). */
    @FunctionalInterface
    interface Send {
        void send(long index, long intendedNanos);
    }

    private final double perSecond;
    private final long startNanos;
    private final long count;

    /**
     * @param perSecond requests per second, more than 0
     * @param startNanos {@link System#nanoTime()} at which request 0 is due
     * @param count how many requests in all
     */
    RatePacer(double perSecond, long startNanos, long count) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, not " + perSecond);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, not " + count);
        }
        this.perSecond = perSecond;
        this.startNanos = startNanos;
        this.count = count;
    }

    /** The number of requests a rate offers over a duration (at least one). */
    static long countFor(double perSecond, long durationNanos) {
        return Math.max(1, Math.round(perSecond * durationNanos / 1e9));
    }

    long count() {
        return count;
    }

    long intendedStart(long index) {
        return startNanos + Math.round(index * 1e9 / perSecond);
    }

    /** How many requests are due by {@code nowNanos}: those whose intended start is not after it. */
    long dueBy(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        long due = Math.min(count, (long) Math.floor((nowNanos - startNanos) * perSecond / 1e9) + 1);
        // the estimate above and the rounding in intendedStart may disagree by one at a boundary
        while (due > 0 && intendedStart(due - 1) > nowNanos) {
            due--;
        }
        while (due < count && intendedStart(due) <= nowNanos) {
            due++;
        }
        return due;
    }

    /**
     * Sends every request at its intended time from the calling thread, which sleeps in between; when it falls behind
     * it sends all that are due at once, each with its own intended time. Returns once the last one is sent.
     */
    void run(Send send) {
        long next = 0;
        while (next < count) {
            long due = dueBy(System.nanoTime());
            while (next < due) {
                send.send(next, intendedStart(next));
                next++;
            }
            if (next < count) {
                long wait = intendedStart(next) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    }
}
