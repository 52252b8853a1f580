package com.ticketorleaveit.tickets.query.orders;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Answers a request once its order reaches a condition or the timeout passes, without holding the request thread.
 * The order projection of this replica says when an order changed ({@link #changed}), and the waiting requests for
 * it look again at once. Where another replica projects the orders, nothing says so here: waiting requests then look
 * again every {@link #POLL_WHILE_PROJECTED_ELSEWHERE}, each with a short query; while this replica projects, only
 * every {@link #POLL_WHILE_PROJECTED_HERE}, as a safety net.
 */
@Component
class OrderWaiter implements DisposableBean {

    static final Duration POLL_WHILE_PROJECTED_HERE = Duration.ofSeconds(1);
    static final Duration POLL_WHILE_PROJECTED_ELSEWHERE = Duration.ofMillis(250);

    private final AtomicInteger threads = new AtomicInteger();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "order-waiter-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Set<Waiting<?>>> waiting = new ConcurrentHashMap<>();
    private final Duration pollWhileProjectedHere;
    private final Duration pollWhileProjectedElsewhere;
    private final BooleanSupplier projectedHere;

    @Autowired
    OrderWaiter(ObjectProvider<EventProcessingConfiguration> processing) {
        this(POLL_WHILE_PROJECTED_HERE, POLL_WHILE_PROJECTED_ELSEWHERE, () -> processing
                .getObject()
                .eventProcessor(OrderProjection.GROUP, TrackingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty())
                .orElse(false));
    }

    OrderWaiter(Duration pollWhileProjectedHere, Duration pollWhileProjectedElsewhere, BooleanSupplier projectedHere) {
        this.pollWhileProjectedHere = pollWhileProjectedHere;
        this.pollWhileProjectedElsewhere = pollWhileProjectedElsewhere;
        this.projectedHere = projectedHere;
    }

    /**
     * @param orderId the order waited for
     * @param lookup the order as the caller may see it, or empty
     * @param done when to answer before the timeout
     * @param onMissing what to fail with when the order is still not visible at the timeout
     */
    <T> DeferredResult<T> await(
            UUID orderId,
            Supplier<Optional<T>> lookup,
            Predicate<T> done,
            Duration timeout,
            Supplier<RuntimeException> onMissing) {
        // the servlet's own async timeout must not fire before ours
        DeferredResult<T> result = new DeferredResult<>(timeout.plusSeconds(5).toMillis());
        Waiting<T> request = new Waiting<>(orderId, result, lookup, done, onMissing);
        if (request.check(false)) {
            return result;
        }
        waiting.computeIfAbsent(orderId, id -> ConcurrentHashMap.newKeySet()).add(request);
        long poll = (projectedHere.getAsBoolean() ? pollWhileProjectedHere : pollWhileProjectedElsewhere).toMillis();
        request.polling =
                scheduler.scheduleWithFixedDelay(() -> request.check(false), poll, poll, TimeUnit.MILLISECONDS);
        request.deadline = scheduler.schedule(() -> request.check(true), timeout.toMillis(), TimeUnit.MILLISECONDS);
        // a change that committed between the first look and the registration is not missed
        scheduler.execute(() -> request.check(false));
        return result;
    }

    /** The projection committed a change to this order: its waiting requests look again. */
    void changed(UUID orderId) {
        Set<Waiting<?>> requests = waiting.get(orderId);
        if (requests != null) {
            requests.forEach(request -> scheduler.execute(() -> request.check(false)));
        }
    }

    /** Requests waiting now. */
    int waiting() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    private final class Waiting<T> {

        private final UUID orderId;
        private final DeferredResult<T> result;
        private final Supplier<Optional<T>> lookup;
        private final Predicate<T> done;
        private final Supplier<RuntimeException> onMissing;
        private volatile ScheduledFuture<?> polling;
        private volatile ScheduledFuture<?> deadline;

        Waiting(
                UUID orderId,
                DeferredResult<T> result,
                Supplier<Optional<T>> lookup,
                Predicate<T> done,
                Supplier<RuntimeException> onMissing) {
            this.orderId = orderId;
            this.result = result;
            this.lookup = lookup;
            this.done = done;
            this.onMissing = onMissing;
        }

        /** @return whether the request is answered now */
        synchronized boolean check(boolean timedOut) {
            if (result.isSetOrExpired()) {
                forget();
                return true;
            }
            Optional<T> current;
            try {
                current = lookup.get();
            } catch (RuntimeException e) {
                result.setErrorResult(e);
                forget();
                return true;
            }
            if (current.filter(done).isPresent() || timedOut) {
                current.ifPresentOrElse(result::setResult, () -> result.setErrorResult(onMissing.get()));
                forget();
                return true;
            }
            return false;
        }

        private void forget() {
            waiting.computeIfPresent(orderId, (id, requests) -> {
                requests.remove(this);
                return requests.isEmpty() ? null : requests;
            });
            if (polling != null) {
                polling.cancel(false);
            }
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }
}
