package com.ticketorleaveit.tickets.query.orders;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Answers a request once its order reaches a condition or the timeout passes. The request thread is released while
 * waiting; a small scheduler polls with short, separate queries, starting at {@link #FIRST_POLL} and backing off to
 * {@link #SLOWEST_POLL} so that many waiting clients do not flood the database.
 */
@Component
class OrderWaiter implements DisposableBean {

    static final Duration FIRST_POLL = Duration.ofMillis(50);
    static final Duration SLOWEST_POLL = Duration.ofMillis(250);

    private final AtomicInteger threads = new AtomicInteger();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "order-waiter-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param lookup the order as the caller may see it, or empty
     * @param done when to answer before the timeout
     * @param onMissing what to fail with when the order is still not visible at the timeout
     */
    <T> DeferredResult<T> await(
            Supplier<Optional<T>> lookup, Predicate<T> done, Duration timeout, Supplier<RuntimeException> onMissing) {
        // the servlet's own async timeout must not fire before ours
        DeferredResult<T> result = new DeferredResult<>(timeout.plusSeconds(5).toMillis());
        long deadline = System.nanoTime() + timeout.toNanos();
        poll(result, lookup, done, deadline, onMissing, FIRST_POLL);
        return result;
    }

    private <T> void poll(
            DeferredResult<T> result,
            Supplier<Optional<T>> lookup,
            Predicate<T> done,
            long deadline,
            Supplier<RuntimeException> onMissing,
            Duration interval) {
        if (result.isSetOrExpired()) {
            return;
        }
        Optional<T> current;
        try {
            current = lookup.get();
        } catch (RuntimeException e) {
            result.setErrorResult(e);
            return;
        }
        long left = deadline - System.nanoTime();
        if (current.filter(done).isPresent() || left <= 0) {
            current.ifPresentOrElse(result::setResult, () -> result.setErrorResult(onMissing.get()));
            return;
        }
        long waitNanos = Math.min(interval.toNanos(), left);
        Duration next = interval.multipliedBy(2).compareTo(SLOWEST_POLL) > 0 ? SLOWEST_POLL : interval.multipliedBy(2);
        scheduler.schedule(
                () -> poll(result, lookup, done, deadline, onMissing, next), waitNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
