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
 */
public record IntegrationEventConsumer(ConsumerQueue queue, DeadLetterListener deadLetterListener) {

    public IntegrationEventConsumer {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(deadLetterListener, "deadLetterListener");
    }

    public static IntegrationEventConsumer of(ConsumerQueue queue) {
        return new IntegrationEventConsumer(queue, (event, cause) -> {});
    }

    public IntegrationEventConsumer onDeadLetter(DeadLetterListener listener) {
        return new IntegrationEventConsumer(queue, listener);
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
