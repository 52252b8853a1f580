package com.ticketorleaveit.platform.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;

/**
 * The source of a consumer's subscribing event processor: each event read from the consumer's queue is handed to
 * the processor on the calling thread, which handles it in its own unit of work and transaction; a failure
 * propagates back to the caller.
 */
class IntegrationEventSource implements SubscribableMessageSource<EventMessage<?>> {

    private final List<Consumer<List<? extends EventMessage<?>>>> processors = new CopyOnWriteArrayList<>();

    @Override
    public Registration subscribe(Consumer<List<? extends EventMessage<?>>> processor) {
        processors.add(processor);
        return () -> processors.remove(processor);
    }

    void handle(EventMessage<?> event) {
        if (processors.isEmpty()) {
            throw new IllegalStateException("No event processor subscribed yet");
        }
        List<EventMessage<?>> batch = List.of(event);
        processors.forEach(processor -> processor.accept(batch));
    }
}
