package com.ticketorleaveit.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.tracing.SpanFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The event store is the outbox. This tracking processor reads it in order, a batch at a time, and publishes the
 * batch's integration events to the exchange on one channel; before the batch's unit of work commits, it waits for
 * the broker to confirm all of them, and only then does its token advance. A crash or a broker outage therefore
 * delays events but never loses one; a crash between publish and token update repeats a batch, whose events
 * consumers drop by message id.
 */
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class IntegrationEventRelay {

    public static final String PROCESSING_GROUP = "integration-relay";

    private static final String PENDING = IntegrationEventRelay.class.getName() + ".pending";

    private final RabbitTemplate rabbitTemplate;
    private final IntegrationEventFormat format;
    private final MessagingProperties properties;
    private final SpanFactory spanFactory;

    /** @param spanFactory writes the relaying's trace context into each message's headers (ADR 28) */
    public IntegrationEventRelay(
            RabbitTemplate rabbitTemplate,
            IntegrationEventFormat format,
            MessagingProperties properties,
            SpanFactory spanFactory) {
        this.rabbitTemplate = rabbitTemplate;
        this.format = format;
        this.properties = properties;
        this.spanFactory = spanFactory;
    }

    /** Takes the message, not its payload, so that the payload is never deserialized here. */
    @EventHandler
    @DisallowReplay
    void relay(EventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        if (!IntegrationEventFormat.isIntegrationEvent(type)) {
            return;
        }
        var message = new Outgoing(
                IntegrationEventFormat.routingKey(type), format.toAmqp(spanFactory.propagateContext(event)));
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(PENDING, key -> {
                    List<Outgoing> pending = new ArrayList<>();
                    batch.onPrepareCommit(unitOfWork -> publishAndAwaitConfirms(pending));
                    return pending;
                })
                .add(message);
    }

    private void publishAndAwaitConfirms(List<Outgoing> messages) {
        if (messages.isEmpty()) {
            return;
        }
        rabbitTemplate.invoke(operations -> {
            for (Outgoing message : messages) {
                operations.send(properties.exchangeName(), message.routingKey(), message.message());
            }
            operations.waitForConfirmsOrDie(properties.confirmTimeout().toMillis());
            return null;
        });
    }

    private record Outgoing(String routingKey, Message message) {}
}
