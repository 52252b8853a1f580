package com.ticketorleaveit.platform.messaging;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The event store is the outbox. This tracking processor reads it in order and publishes each integration event to
 * the exchange, waiting for the broker's confirm; only then does its token advance. A crash or a broker outage
 * therefore delays events but never loses one; a crash between publish and token update repeats one, which
 * consumers drop by message id.
 */
@ProcessingGroup(IntegrationEventRelay.PROCESSING_GROUP)
public class IntegrationEventRelay {

    public static final String PROCESSING_GROUP = "integration-relay";

    private final RabbitTemplate rabbitTemplate;
    private final IntegrationEventFormat format;
    private final MessagingProperties properties;

    public IntegrationEventRelay(
            RabbitTemplate rabbitTemplate, IntegrationEventFormat format, MessagingProperties properties) {
        this.rabbitTemplate = rabbitTemplate;
        this.format = format;
        this.properties = properties;
    }

    @EventHandler
    @DisallowReplay
    void relay(Object payload, EventMessage<?> event) {
        if (!IntegrationEventFormat.isIntegrationEvent(payload.getClass())) {
            return;
        }
        var message = format.toAmqp(event);
        var routingKey = IntegrationEventFormat.routingKey(payload.getClass());
        rabbitTemplate.invoke(operations -> {
            operations.send(properties.exchange(), routingKey, message);
            operations.waitForConfirmsOrDie(properties.confirmTimeout().toMillis());
            return null;
        });
    }
}
