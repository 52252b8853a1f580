package com.ticketorleaveit.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many messages wait in each consumer's queue ({@code ticketing.messaging.queue.messages}) and dead-letter queue
 * ({@code ticketing.messaging.dead.letter.queue.messages}), tagged with the consumer's topology name. Asked of the
 * broker (a passive declare) only when the gauges are scraped, never per message. Every replica of a deployable sees
 * the same queues: take the max over replicas, not the sum. A queue the broker cannot tell about reads NaN.
 */
class ConsumerQueueGauges implements MeterBinder {

    static final String QUEUE_MESSAGES = "ticketing.messaging.queue.messages";
    static final String DEAD_LETTER_QUEUE_MESSAGES = "ticketing.messaging.dead.letter.queue.messages";

    private static final Logger log = LoggerFactory.getLogger(ConsumerQueueGauges.class);

    private final DeadLetterQueues queues;

    ConsumerQueueGauges(DeadLetterQueues queues) {
        this.queues = queues;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ConsumerQueue queue : queues.queues()) {
            Gauge.builder(QUEUE_MESSAGES, () -> ask(queue, queues::backlog))
                    .description("Messages waiting in a consumer's queue")
                    .tag("consumer", queue.name())
                    .register(registry);
            Gauge.builder(DEAD_LETTER_QUEUE_MESSAGES, () -> ask(queue, queues::count))
                    .description("Messages waiting in a consumer's dead-letter queue for an operator")
                    .tag("consumer", queue.name())
                    .register(registry);
        }
    }

    private static double ask(ConsumerQueue queue, ToLongFunction<ConsumerQueue> count) {
        try {
            return count.applyAsLong(queue);
        } catch (RuntimeException e) {
            log.debug("Could not count the messages of {}: {}", queue.name(), e.toString());
            return Double.NaN;
        }
    }
}
