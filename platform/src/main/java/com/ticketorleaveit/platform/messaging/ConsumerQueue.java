package com.ticketorleaveit.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * A consumer's own durable queue on the integration-event exchange, with its dead-letter queue.
 *
 * @param name queue name, {@code <deployable>.<consumer>}
 * @param routingPatterns topic patterns it subscribes to, e.g. {@code tickets.#}
 */
public record ConsumerQueue(String name, List<String> routingPatterns) {

    public static ConsumerQueue named(String name, String... routingPatterns) {
        return new ConsumerQueue(name, List.of(routingPatterns));
    }

    public String deadLetterQueue() {
        return name + ".dlq";
    }

    public Declarables declarables(MessagingProperties properties) {
        var exchange = new TopicExchange(properties.exchange(), true, false);
        var deadLetterExchange = new TopicExchange(properties.deadLetterExchange(), true, false);
        QueueBuilder queue = QueueBuilder.durable(name)
                .deadLetterExchange(properties.deadLetterExchange())
                .deadLetterRoutingKey(deadLetterQueue());
        QueueBuilder deadLetters = QueueBuilder.durable(deadLetterQueue());
        if (properties.quorumQueues()) {
            queue.quorum();
            deadLetters.quorum();
        }
        Queue consumerQueue = queue.build();
        Queue deadLetterQueue = deadLetters.build();
        List<Declarable> declarables =
                new ArrayList<>(List.of(exchange, deadLetterExchange, consumerQueue, deadLetterQueue));
        declarables.add(
                BindingBuilder.bind(deadLetterQueue).to(deadLetterExchange).with(deadLetterQueue()));
        for (String pattern : routingPatterns) {
            Binding binding = BindingBuilder.bind(consumerQueue).to(exchange).with(pattern);
            declarables.add(binding);
        }
        return new Declarables(declarables);
    }
}
