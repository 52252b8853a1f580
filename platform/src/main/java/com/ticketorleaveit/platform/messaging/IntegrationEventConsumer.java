package com.ticketorleaveit.platform.messaging;

import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;

/**
 * Declares that this deployable consumes one queue of the {@link IntegrationTopology}. As a bean, it is all the
 * wiring a consumer needs: the platform declares the queue, feeds the queue's processing group as a subscribing event
 * processor, drops redeliveries through the {@link Inbox}, retries transient failures and dead-letters the rest
 * (see {@link IntegrationEventConsumers}).
 *
 * @param queue the consumer's entry in the topology
 * @param deadLetterListener told about every message of this consumer that goes to the dead-letter queue
 * @param concurrency how many messages it handles at once; null for {@code consumers.concurrency}
 */
public record IntegrationEventConsumer(
        ConsumerQueue queue, DeadLetterListener deadLetterListener, Integer concurrency) {

    public IntegrationEventConsumer {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(deadLetterListener, "deadLetterListener");
        if (concurrency != null && concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
    }

    public static IntegrationEventConsumer of(ConsumerQueue queue) {
        return new IntegrationEventConsumer(queue, (event, cause) -> {}, null);
    }

    public IntegrationEventConsumer onDeadLetter(DeadLetterListener listener) {
        return new IntegrationEventConsumer(queue, listener, concurrency);
    }

    /**
     * Handles at most this many messages at once: work that can trail behind (mail) takes a smaller share of the
     * processors when everything is busy, and the purchases themselves a larger one.
     */
    public IntegrationEventConsumer concurrency(int concurrency) {
        return new IntegrationEventConsumer(queue, deadLetterListener, concurrency);
    }

    /** Reacts to a message given up on, just before it goes to the dead-letter queue. */
    @FunctionalInterface
    public interface DeadLetterListener {

        /**
         * @param event the message's event, or null when the message could not even be read
         * @param cause why it was given up on
         */
        void deadLettered(EventMessage<?> event, Throwable cause);
    }
}
