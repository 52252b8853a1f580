package com.ticketorleaveit.platform.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;

/**
 * A consumer of integration events, declared once in {@link IntegrationTopology}: its own durable queue, the events
 * it subscribes to, the Axon processing group the queue feeds, and what orders its work.
 *
 * <p>The queue has a single active consumer at a time, however many replicas subscribe (the others stand by and take
 * over when it goes), so that one replica sees all events of an order in order. Within that replica the events are
 * handled concurrently, except that events with the same value of {@link #orderingProperty} are handled one after
 * another, in the order they arrived.
 *
 * @param name {@code <deployable>.<consumer>}; the queue's name within the broker namespace
 * @param processingGroup the subscribing event processor this queue feeds
 * @param orderingProperty the event property whose value orders the work (e.g. {@code orderId}); events without it,
 *     and every event when null, are handled in any order
 * @param routingKeys the integration events it subscribes to, e.g. {@code tickets.order-reserved}
 */
public record ConsumerQueue(String name, String processingGroup, String orderingProperty, List<String> routingKeys) {

    public ConsumerQueue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(processingGroup, "processingGroup");
        routingKeys = List.copyOf(routingKeys);
    }

    /** A consumer whose events are handled one after another per value of {@code orderingProperty}. */
    public static ConsumerQueue orderedBy(
            String name, String processingGroup, String orderingProperty, String... routingKeys) {
        return new ConsumerQueue(name, processingGroup, orderingProperty, List.of(routingKeys));
    }

    /** A consumer whose events are independent of each other. */
    public static ConsumerQueue unordered(String name, String processingGroup, String... routingKeys) {
        return new ConsumerQueue(name, processingGroup, null, List.of(routingKeys));
    }

    public String queueName(MessagingProperties properties) {
        return properties.qualified(name);
    }

    public String deadLetterQueueName(MessagingProperties properties) {
        return queueName(properties) + ".dlq";
    }

    public Declarables declarables(MessagingProperties properties) {
        var exchange = properties.integrationEventExchange();
        var deadLetterExchange = properties.deadLetterTopicExchange();
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("x-single-active-consumer", true);
        QueueBuilder queue = QueueBuilder.durable(queueName(properties))
                .withArguments(arguments)
                .deadLetterExchange(properties.deadLetterExchangeName())
                .deadLetterRoutingKey(deadLetterQueueName(properties));
        QueueBuilder deadLetters = QueueBuilder.durable(deadLetterQueueName(properties));
        if (properties.quorumQueues()) {
            queue.quorum();
            deadLetters.quorum();
        }
        if (properties.unusedQueueExpiry() != null) {
            queue.expires((int) properties.unusedQueueExpiry().toMillis());
            deadLetters.expires((int) properties.unusedQueueExpiry().toMillis());
        }
        Queue consumerQueue = queue.build();
        Queue deadLetterQueue = deadLetters.build();
        List<Declarable> declarables =
                new ArrayList<>(List.of(exchange, deadLetterExchange, consumerQueue, deadLetterQueue));
        declarables.add(
                BindingBuilder.bind(deadLetterQueue).to(deadLetterExchange).with(deadLetterQueueName(properties)));
        for (String routingKey : routingKeys) {
            Binding binding = BindingBuilder.bind(consumerQueue).to(exchange).with(routingKey);
            declarables.add(binding);
        }
        return new Declarables(declarables);
    }
}
