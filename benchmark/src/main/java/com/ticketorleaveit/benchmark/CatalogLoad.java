package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Http.Reply;
import com.ticketorleaveit.benchmark.Results.CatalogResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

/** Public catalog reads through the gateway, as a closed loop for the most it serves and as an open model. */
final class CatalogLoad {

    private static final Duration STRAGGLER_WAIT = Duration.ofSeconds(60);

    private CatalogLoad() {}

    /**
     * Each of the pool's connections sends its next request as soon as its last one is answered, for the duration.
     * Latency runs from sending.
     *
     * @param paths the path of request {@code i}
     */
    static CatalogResult closedLoop(
            String name, Http http, int connections, Duration duration, LongFunction<String> paths)
            throws InterruptedException {
        Tally tally = new Tally();
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int i = 0; i < connections; i++) {
            new ClosedLoopClient(http, tally, sequence, deadline, paths, done).next();
        }
        if (!done.await(duration.plus(STRAGGLER_WAIT).toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + ": requests still unanswered a minute after the end");
        }
        long elapsed = tally.lastAnswerNanos.get() - start;
        return tally.result(name, "closed", paths.apply(0), connections, null, elapsed);
    }

    /**
     * Requests offered at a fixed rate for the duration, whatever the answers; latency runs from each request's
     * intended send time.
     */
    static CatalogResult openModel(
            String name, Http http, int connections, int perSecond, Duration duration, LongFunction<String> paths)
            throws InterruptedException {
        Tally tally = new Tally();
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        RatePacer pacer = new RatePacer(perSecond, start, RatePacer.countFor(perSecond, duration.toNanos()));
        CountDownLatch done = new CountDownLatch((int) pacer.count());
        pacer.run((index, intended) -> http.get(paths.apply(index), null).whenComplete((reply, error) -> {
            tally.answer(intended, reply);
            done.countDown();
        }));
        if (!done.await(STRAGGLER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + ": requests still unanswered a minute after the offer ended");
        }
        long elapsed = Math.max(tally.lastAnswerNanos.get(), pacer.intendedStart(pacer.count())) - start;
        return tally.result(name, "open", paths.apply(0), connections, perSecond, elapsed);
    }

    /** Round-robin over the given paths. */
    static LongFunction<String> rotating(List<String> paths) {
        return index -> paths.get((int) (index % paths.size()));
    }

    private static final class ClosedLoopClient {

        private final Http http;
        private final Tally tally;
        private final AtomicLong sequence;
        private final long deadline;
        private final LongFunction<String> paths;
        private final CountDownLatch done;

        ClosedLoopClient(
                Http http,
                Tally tally,
                AtomicLong sequence,
                long deadline,
                LongFunction<String> paths,
                CountDownLatch done) {
            this.http = http;
            this.tally = tally;
            this.sequence = sequence;
            this.deadline = deadline;
            this.paths = paths;
            this.done = done;
        }

        void next() {
            long sent = System.nanoTime();
            if (sent >= deadline) {
                done.countDown();
                return;
            }
            http.get(paths.apply(sequence.getAndIncrement()), null).whenComplete((reply, error) -> {
                tally.answer(sent, reply);
                next();
            });
        }
    }

    private static final class Tally {

        final Latencies latencies = new Latencies();
        final LongAdder requests = new LongAdder();
        final LongAdder ok = new LongAdder();
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final AtomicLong lastAnswerNanos = new AtomicLong();

        void answer(long fromNanos, Reply reply) {
            long now = System.nanoTime();
            int status = reply == null ? -1 : reply.status();
            requests.increment();
            statuses.computeIfAbsent(status, key -> new LongAdder()).increment();
            if (status == 200) {
                ok.increment();
                latencies.record(fromNanos, now);
            }
            lastAnswerNanos.accumulateAndGet(now, Math::max);
        }

        CatalogResult result(
                String name, String mode, String path, int connections, Integer offered, long elapsedNanos) {
            Map<String, Long> byStatus = new TreeMap<>();
            statuses.forEach((status, count) -> byStatus.put(String.valueOf(status), count.sum()));
            double seconds = Durations.seconds(Math.max(1, elapsedNanos));
            return new CatalogResult(
                    name,
                    mode,
                    path,
                    connections,
                    offered,
                    seconds,
                    requests.sum(),
                    ok.sum(),
                    ok.sum() / seconds,
                    latencies.summary(),
                    byStatus);
        }
    }
}
