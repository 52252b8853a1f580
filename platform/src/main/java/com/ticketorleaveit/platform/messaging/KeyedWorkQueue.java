package com.ticketorleaveit.platform.messaging;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through items concurrently, but through the items of one key one after another, in the order they were
 * submitted: the events of one order are handled in order, many orders at once.
 *
 * <p>An item whose work fails with a transient failure is tried again after an exponential backoff with jitter. Only
 * its own key waits meanwhile; every other key goes on. An item that fails permanently, or still fails at its last
 * attempt, is handed to {@link Outcome#gaveUp}, and its key moves on to the next item.
 *
 * @param <T> the work item, e.g. a delivered message
 */
final class KeyedWorkQueue<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeyedWorkQueue.class);

    @FunctionalInterface
    interface Work<T> {
        void run(T item) throws Exception;
    }

    interface Outcome<T> {

        void succeeded(T item);

        /** The item will not be tried again: its failure was permanent or its attempts ran out. */
        void gaveUp(T item, Throwable cause, int attempts);
    }

    /**
     * @param maxAttempts attempts per item, the first included
     * @param initialBackoff the wait before the second attempt
     * @param multiplier how the wait grows per attempt
     * @param maxBackoff the longest wait
     */
    record Backoff(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

        Backoff {
            if (maxAttempts < 1 || multiplier < 1) {
                throw new IllegalArgumentException("at least one attempt, and waits that do not shrink");
            }
        }

        /** The wait after the given number of failed attempts: full exponential value, less up to half as jitter. */
        Duration after(int failedAttempts) {
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
            double capped = Math.min(millis, maxBackoff.toMillis());
            double jittered = capped * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5);
            return Duration.ofMillis(Math.max(1, Math.round(jittered)));
        }
    }

    private final Work<T> work;
    private final Outcome<T> outcome;
    private final Predicate<Throwable> permanent;
    private final Backoff backoff;
    private final ExecutorService workers;
    private final ScheduledExecutorService retries;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param name names the threads
     * @param concurrency how many keys are worked on at once
     * @param permanent which failures are not worth another attempt
     */
    KeyedWorkQueue(
            String name,
            int concurrency,
            Work<T> work,
            Outcome<T> outcome,
            Predicate<Throwable> permanent,
            Backoff backoff) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.work = work;
        this.outcome = outcome;
        this.permanent = permanent;
        this.backoff = backoff;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the item behind the earlier items of its key; starts on it at once if there are none. */
    void submit(String key, T item) {
        if (closed) {
            throw new RejectedExecutionException("closed");
        }
        lanes.compute(key, (k, lane) -> {
            if (lane == null) {
                Lane started = new Lane(k);
                started.items.add(item);
                schedule(started);
                return started;
            }
            synchronized (lane) {
                lane.items.add(item);
            }
            return lane;
        });
    }

    /** Keys with items not finished yet. */
    int pendingKeys() {
        return lanes.size();
    }

    /**
     * Stops taking and starting work, and lets the items being worked on finish for a moment; items not finished are
     * neither succeeded nor given up (a consumer's broker redelivers them).
     */
    void close(Duration grace) throws InterruptedException {
        closed = true;
        retries.shutdownNow();
        workers.shutdown();
        if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            workers.shutdownNow();
        }
    }

    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        workers.shutdownNow();
    }

    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!lanes.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void schedule(Lane lane) {
        try {
            workers.execute(lane);
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    /** The items of one key; exists while it has any. Only one worker runs a lane at a time. */
    private final class Lane implements Runnable {

        private final String key;
        private final ArrayDeque<T> items = new ArrayDeque<>();
        private int failedAttempts;

        private Lane(String key) {
            this.key = key;
        }

        @Override
        public void run() {
            if (closed) {
                return;
            }
            T item;
            synchronized (this) {
                item = items.peek();
            }
            try {
                work.run(item);
            } catch (Throwable failure) {
                failedAttempts++;
                if (!permanent.test(failure) && failedAttempts < backoff.maxAttempts()) {
                    Duration wait = backoff.after(failedAttempts);
                    log.debug(
                            "Attempt {} for key {} failed; next in {}: {}",
                            failedAttempts,
                            key,
                            wait,
                            failure.toString());
                    retryLater(wait);
                    return;
                }
                giveUp(item, failure);
                next();
                return;
            }
            succeed(item);
            next();
        }

        private void retryLater(Duration wait) {
            try {
                retries.schedule(() -> schedule(this), wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                if (!closed) {
                    throw e;
                }
            }
        }

        private void succeed(T item) {
            try {
                outcome.succeeded(item);
            } catch (RuntimeException e) {
                log.warn("Completing work for key {} failed", key, e);
            }
        }

        private void giveUp(T item, Throwable failure) {
            try {
                outcome.gaveUp(item, failure, failedAttempts);
            } catch (RuntimeException e) {
                log.warn("Giving up on work for key {} failed", key, e);
            }
        }

        /** Drops the finished head; the lane ends when it was the last item, else goes on with the next one. */
        private void next() {
            failedAttempts = 0;
            Lane remaining = lanes.compute(key, (k, lane) -> {
                synchronized (this) {
                    items.poll();
                    return items.isEmpty() ? null : this;
                }
            });
            if (remaining != null) {
                // back into the pool rather than a loop, so a key with many items does not starve the others
                schedule(this);
            }
        }
    }
}
