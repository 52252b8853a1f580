package com.ticketorleaveit.benchmark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The orders of one measurement and what became of them: counts, latencies from each order's intended send time, and
 * the moments the report needs. Closing it stops the long-polls of its orders that have not ended.
 */
final class OrderBatch {

    private final ConcurrentLinkedQueue<TrackedOrder> orders = new ConcurrentLinkedQueue<>();
    private final Latencies placeToConfirmed = new Latencies();
    private final Latencies placeToMail = new Latencies();
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong busyAnswers = new AtomicLong();
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong ended = new AtomicLong();
    private final AtomicLong lastAcceptedNanos = new AtomicLong();
    private final AtomicLong lastFinalNanos = new AtomicLong();
    private final AtomicLong firstCompletedNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastCompletedNanos = new AtomicLong();
    private final long confirmationsToNote;
    private volatile long notedConfirmationNanos;
    private volatile boolean closed;

    OrderBatch() {
        this(0);
    }

    /** @param confirmationsToNote remembers when this many orders were seen CONFIRMED (a sell-out); 0 for none */
    OrderBatch(long confirmationsToNote) {
        this.confirmationsToNote = confirmationsToNote;
    }

    void add(TrackedOrder order) {
        orders.add(order);
        offered.incrementAndGet();
    }

    void accepted(long nanos) {
        accepted.incrementAndGet();
        lastAcceptedNanos.accumulateAndGet(nanos, Math::max);
    }

    /** A placement answered "busy" (503 or 429), to be asked again. */
    void busy() {
        busyAnswers.incrementAndGet();
    }

    void confirmed(TrackedOrder order, long nanos) {
        placeToConfirmed.record(order.intendedNanos(), nanos);
        lastFinalNanos.accumulateAndGet(nanos, Math::max);
        if (confirmed.incrementAndGet() == confirmationsToNote) {
            notedConfirmationNanos = nanos;
        }
    }

    void completed(TrackedOrder order) {
        placeToMail.record(order.intendedNanos(), order.mailNanos());
        firstCompletedNanos.accumulateAndGet(order.completedNanos(), Math::min);
        lastCompletedNanos.accumulateAndGet(order.completedNanos(), Math::max);
        completed.incrementAndGet();
        ended.incrementAndGet();
    }

    /** Refused at placement or final without confirmation. */
    void ended(TrackedOrder order) {
        lastFinalNanos.accumulateAndGet(order.finalNanos(), Math::max);
        ended.incrementAndGet();
    }

    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    long offered() {
        return offered.get();
    }

    long accepted() {
        return accepted.get();
    }

    /** Placements answered "busy" (503 or 429) and asked again. */
    long busyAnswers() {
        return busyAnswers.get();
    }

    long confirmed() {
        return confirmed.get();
    }

    long completed() {
        return completed.get();
    }

    /** Offered orders that have not ended yet: the backlog. */
    long open() {
        return offered.get() - ended.get();
    }

    /** Orders complete by the given moment. */
    long completedBy(long nanos) {
        return count(order -> order.isComplete() && order.completedNanos() <= nanos);
    }

    /** Orders not refused at placement that were not complete (nor final otherwise) by the given moment. */
    long openAt(long nanos) {
        return orders.stream()
                .filter(order -> {
                    if (order.isComplete()) {
                        return order.completedNanos() > nanos;
                    }
                    return !order.hasEnded() || order.finalNanos() > nanos;
                })
                .count();
    }

    long lastAcceptedNanos() {
        return lastAcceptedNanos.get();
    }

    long lastFinalNanos() {
        return lastFinalNanos.get();
    }

    long lastCompletedNanos() {
        return lastCompletedNanos.get();
    }

    /**
     * The pace at which orders completed: the completions after the first ÷ the time from the first to the last.
     * Unlike completions ÷ offer time, it does not count the first order's latency as time without output, so a
     * system that keeps pace shows the offered rate, and one that falls behind its own throughput. Zero with fewer
     * than two completions.
     */
    double completionsPerSecond() {
        long count = completed.get();
        long span = lastCompletedNanos.get() - firstCompletedNanos.get();
        return count < 2 || span <= 0 ? 0 : (count - 1) / (span / 1e9);
    }

    /** When {@code confirmationsToNote} orders had been seen CONFIRMED; 0 if not (yet). */
    long notedConfirmationNanos() {
        return notedConfirmationNanos;
    }

    Latencies placeToConfirmed() {
        return placeToConfirmed;
    }

    Latencies placeToMail() {
        return placeToMail;
    }

    /** How many orders ended how (see {@link TrackedOrder#describe()}), sorted by name. */
    Map<String, Long> outcomes() {
        Map<String, Long> outcomes = new TreeMap<>();
        for (TrackedOrder order : orders) {
            outcomes.merge(order.describe(), 1L, Long::sum);
        }
        return outcomes;
    }

    long countOutcome(String outcome) {
        return orders.stream().filter(order -> outcome.equals(order.outcome())).count();
    }

    List<TrackedOrder> orders() {
        return List.copyOf(orders);
    }

    private long count(Predicate<TrackedOrder> predicate) {
        return orders.stream().filter(predicate).count();
    }
}
