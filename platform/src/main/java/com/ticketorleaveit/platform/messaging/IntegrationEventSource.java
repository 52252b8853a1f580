package com.ticketorleaveit.platform.messaging;

import com.rabbitmq.client.Channel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * Feeds integration events from one consumer queue to Axon subscribing event processors. A handler failure
 * propagates to the listener container, which retries with backoff and then dead-letters the message.
 */
public class IntegrationEventSource implements ChannelAwareMessageListener, SubscribableMessageSource<EventMessage<?>> {

    private final IntegrationEventFormat format;
    private final List<Consumer<List<? extends EventMessage<?>>>> processors = new CopyOnWriteArrayList<>();

    public IntegrationEventSource(IntegrationEventFormat format) {
        this.format = format;
    }

    @Override
    public Registration subscribe(Consumer<List<? extends EventMessage<?>>> processor) {
        processors.add(processor);
        return () -> processors.remove(processor);
    }

    @Override
    public void onMessage(Message message, Channel channel) {
        format.fromAmqp(message).ifPresent(event -> processors.forEach(p -> p.accept(List.of(event))));
    }
}
