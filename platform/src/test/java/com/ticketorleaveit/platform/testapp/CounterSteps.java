package com.ticketorleaveit.platform.testapp;

import com.ticketorleaveit.platform.messaging.ConsumerQueue;
import com.ticketorleaveit.platform.messaging.IntegrationEventConsumer;
import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.testing.api.CounterIncremented;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A consumer of integration events for the platform's tests, fed from its own queue like the real ones: it records
 * the totals it sees per counter, and fails on cue (a number of transient failures, or refusals while a counter is
 * marked as refused).
 */
@ProcessingGroup(CounterSteps.GROUP)
public class CounterSteps {

    public static final String GROUP = "test-counter-steps";

    public static final ConsumerQueue QUEUE =
            ConsumerQueue.orderedBy("platform-it.counter-steps", GROUP, "counterId", "testing.counter-incremented");

    public final Map<String, List<Integer>> totals = new ConcurrentHashMap<>();
    public final Map<String, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();
    public final Set<String> refused = ConcurrentHashMap.newKeySet();
    public final AtomicInteger running = new AtomicInteger();
    public final AtomicInteger mostAtOnce = new AtomicInteger();
    public volatile long stepMillis;

    @EventHandler
    void on(CounterIncremented event) throws InterruptedException {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(stepMillis);
            AtomicInteger failures = transientFailuresLeft.get(event.counterId());
            if (failures != null && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("a transient failure for " + event.counterId());
            }
            if (refused.contains(event.counterId())) {
                throw Refusals.conflict("TEST_REFUSAL", "refused by the test");
            }
            totals.computeIfAbsent(event.counterId(), id -> new CopyOnWriteArrayList<>())
                    .add(event.total());
        } finally {
            running.decrementAndGet();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        CounterSteps counterSteps() {
            return new CounterSteps();
        }

        @Bean
        IntegrationEventConsumer counterStepsConsumer() {
            return IntegrationEventConsumer.of(QUEUE);
        }
    }
}
