package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Customers.Customer;
import com.ticketorleaveit.benchmark.Results.HotSaleResult;
import com.ticketorleaveit.benchmark.Results.IdleResult;
import com.ticketorleaveit.benchmark.Results.SearchResult;
import com.ticketorleaveit.benchmark.Results.SearchStep;
import com.ticketorleaveit.benchmark.Results.SustainedResult;
import com.ticketorleaveit.benchmark.TrackedOrder.Tier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The purchase phases: one at a time on the idle system, a fixed arrival rate, a rate search, a hot on-sale. */
final class PurchaseLoad {

    /** A rate search step keeps pace when at least this share of its orders completed within the step + grace. */
    static final double KEPT_PACE_SHARE = 0.99;

    private static final Duration IDLE_ORDER_TIMEOUT = Duration.ofSeconds(120);
    private static final long START_DELAY_NANOS = Duration.ofMillis(100).toNanos();

    private final Purchaser purchaser;
    private final Customers customers;
    private final Executor generator;
    private final Consumer<String> say;

    /**
     * @param generator the thread that places the hot on-sale's next order when one is answered
     */
    PurchaseLoad(Purchaser purchaser, Customers customers, Executor generator, Consumer<String> say) {
        this.purchaser = purchaser;
        this.customers = customers;
        this.generator = generator;
        this.say = say;
    }

    /** Purchases one after another: each is placed when the one before it is complete. */
    IdleResult idle(int orders, List<Tier> tiers) throws InterruptedException {
        OrderBatch batch = new OrderBatch();
        try {
            for (int i = 0; i < orders; i++) {
                TrackedOrder order =
                        purchaser.prepare(batch, customers.next(), tiers.get(i % tiers.size()), System.nanoTime());
                purchaser.place(order);
                try {
                    order.ended().get(IDLE_ORDER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    say.accept("  order " + (i + 1) + " did not complete within " + IDLE_ORDER_TIMEOUT.toSeconds()
                            + " s; stopping this phase");
                    break;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return new IdleResult(
                    orders,
                    batch.completed(),
                    batch.placeToConfirmed().summary(),
                    batch.placeToMail().summary(),
                    batch.outcomes());
        } finally {
            batch.close();
        }
    }

    /**
     * Purchases that warm the system up and are not measured: {@code orders} offered evenly over the duration, then
     * awaited (at most {@code drain}).
     *
     * @return how many completed
     */
    long warmUp(int orders, Duration duration, List<Tier> tiers, Duration drain) throws InterruptedException {
        OrderBatch batch = new OrderBatch();
        try {
            double rate = orders / Durations.seconds(duration.toNanos());
            long start = offer(batch, rate, duration, tiers);
            awaitEnded(batch, start + duration.toNanos() + drain.toNanos());
            return batch.completed();
        } finally {
            batch.close();
        }
    }

    /** Orders offered at a fixed rate for the duration, then up to {@code drain} for stragglers. */
    SustainedResult sustained(int rate, Duration duration, List<Tier> tiers, Duration drain)
            throws InterruptedException {
        OrderBatch batch = new OrderBatch();
        try {
            long start = offer(batch, rate, duration, tiers);
            long offerEnd = start + duration.toNanos();
            sleepUntil(offerEnd);
            long backlogAtOfferEnd = batch.open();
            awaitEnded(batch, offerEnd + drain.toNanos());
            long waited = System.nanoTime() - offerEnd;
            double seconds = Durations.seconds(duration.toNanos());
            long completed = batch.completed();
            double completedPerSecond =
                    completed == 0 ? 0 : completed / Durations.seconds(batch.lastCompletedNanos() - start);
            return new SustainedResult(
                    rate,
                    tiers.size(),
                    seconds,
                    batch.offered(),
                    batch.accepted(),
                    batch.busyAnswers(),
                    batch.offered() / seconds,
                    batch.accepted() / seconds,
                    completed,
                    batch.completionsPerSecond(),
                    batch.placeToConfirmed().summary(),
                    batch.placeToMail().summary(),
                    backlogAtOfferEnd,
                    batch.open(),
                    Durations.seconds(waited),
                    batch.outcomes());
        } finally {
            batch.close();
        }
    }

    /**
     * Steps of rising rates; each offers orders for {@code step}, then grants {@code grace} for them to complete.
     * Stops after the first step that falls behind, once its backlog drained (at most {@code drain}), so that the
     * next phase starts on a quiet system.
     */
    SearchResult search(List<Integer> rates, Duration step, Duration grace, Duration drain, List<Tier> tiers)
            throws InterruptedException {
        List<SearchStep> steps = new ArrayList<>();
        Integer largest = null;
        for (int rate : rates) {
            OrderBatch batch = new OrderBatch();
            try {
                long start = offer(batch, rate, step, tiers);
                long cutoff = start + step.toNanos() + grace.toNanos();
                awaitEnded(batch, cutoff);
                long completedInTime = batch.completedBy(cutoff);
                boolean keptPace = batch.accepted() == batch.offered()
                        && completedInTime >= Math.ceil(KEPT_PACE_SHARE * batch.offered());
                SearchStep result = new SearchStep(
                        rate,
                        Durations.seconds(step.toNanos()),
                        batch.offered(),
                        batch.accepted(),
                        completedInTime,
                        batch.openAt(cutoff),
                        batch.placeToConfirmed().summary(),
                        keptPace);
                steps.add(result);
                say.accept("  " + rate + "/s: " + completedInTime + "/" + batch.offered() + " complete in time, "
                        + (keptPace ? "kept pace" : "fell behind"));
                if (!keptPace) {
                    awaitEnded(batch, System.nanoTime() + drain.toNanos());
                    break;
                }
                largest = rate;
            } finally {
                batch.close();
            }
        }
        return new SearchResult(Durations.seconds(grace.toNanos()), steps, largest);
    }

    /**
     * Many buyers for one tier: {@code orders} orders placed as fast as the gateway answers them, at most
     * {@code inFlight} awaiting their answer at once, then followed until each is final (at most {@code drain}).
     *
     * @param catalog reads the seats left once it is over
     */
    HotSaleResult hotSale(Catalog.Event event, int orders, int inFlight, Duration drain, Catalog catalog)
            throws InterruptedException {
        int seats = event.capacityPerTier();
        Tier tier = event.tiers().get(0);
        OrderBatch batch = new OrderBatch(seats);
        List<Customer> buyers = prepareCustomers(orders);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(orders);
        long start = System.nanoTime();
        try {
            Runnable[] placeNext = new Runnable[1];
            placeNext[0] = () -> {
                int index = next.getAndIncrement();
                if (index >= orders) {
                    return;
                }
                TrackedOrder order = purchaser.prepare(batch, buyers.get(index), tier, System.nanoTime());
                purchaser.place(order);
                order.placed()
                        .whenCompleteAsync(
                                (placed, error) -> {
                                    answered.countDown();
                                    placeNext[0].run();
                                },
                                generator);
            };
            for (int i = 0; i < Math.min(inFlight, orders); i++) {
                generator.execute(placeNext[0]);
            }
            long deadline = System.nanoTime() + drain.toNanos();
            answered.await(drain.toMillis(), TimeUnit.MILLISECONDS);
            awaitEnded(batch, deadline);
            long confirmed = batch.confirmed();
            long rejected = batch.countOutcome("REJECTED");
            long sellOut = batch.notedConfirmationNanos();
            Double secondsToSellOut = sellOut == 0 ? null : Durations.seconds(sellOut - start);
            boolean allFinal =
                    batch.orders().stream().allMatch(order -> order.outcome() != null) && batch.offered() == orders;
            Double lastAcceptedToFinal = allFinal && batch.lastAcceptedNanos() != 0
                    ? Durations.seconds(batch.lastFinalNanos() - batch.lastAcceptedNanos())
                    : null;
            Integer remaining = settledRemaining(catalog, event.id());
            Integer sold = remaining == null ? null : seats - remaining;
            return new HotSaleResult(
                    seats,
                    orders,
                    inFlight,
                    batch.accepted(),
                    batch.busyAnswers(),
                    secondsToSellOut,
                    secondsToSellOut == null ? null : seats / secondsToSellOut,
                    lastAcceptedToFinal,
                    confirmed,
                    rejected,
                    orders - confirmed - rejected,
                    batch.outcomes(),
                    sold,
                    remaining,
                    confirmed == seats && remaining != null && remaining == 0);
        } finally {
            batch.close();
        }
    }

    /** Offers {@code rate × duration} orders at their intended times, spread round-robin over the tiers. */
    private long offer(OrderBatch batch, double rate, Duration duration, List<Tier> tiers) {
        long count = RatePacer.countFor(rate, duration.toNanos());
        List<Customer> buyers = prepareCustomers(count);
        long start = System.nanoTime() + START_DELAY_NANOS;
        new RatePacer(rate, start, count)
                .run((index, intended) -> purchaser.place(purchaser.prepare(
                        batch, buyers.get((int) index), tiers.get((int) (index % tiers.size())), intended)));
        return start;
    }

    /** Customers and their signed tokens, made before the clock starts. */
    private List<Customer> prepareCustomers(long count) {
        List<Customer> buyers = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            buyers.add(customers.next());
        }
        return buyers;
    }

    /** The catalog's projection may trail the confirmations by a moment: read until it stops changing. */
    private static Integer settledRemaining(Catalog catalog, String eventId) throws InterruptedException {
        Integer last = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Integer remaining = catalog.remaining(eventId).get(0);
            if (remaining == 0 || remaining.equals(last)) {
                return remaining;
            }
            last = remaining;
            Thread.sleep(1_000);
        }
        return last;
    }

    private static void awaitEnded(OrderBatch batch, long deadlineNanos) throws InterruptedException {
        while (batch.open() > 0 && System.nanoTime() < deadlineNanos) {
            Thread.sleep(Math.max(1, Math.min(100, (deadlineNanos - System.nanoTime()) / 1_000_000)));
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
