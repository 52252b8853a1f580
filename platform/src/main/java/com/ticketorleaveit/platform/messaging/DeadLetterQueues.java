package com.ticketorleaveit.platform.messaging;

import com.rabbitmq.client.GetResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecoverer;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;
import org.springframework.amqp.rabbit.support.MessagePropertiesConverter;

/**
 * The dead-letter queues of this deployable's consumers: a message given up on is published to its consumer's
 * dead-letter queue with the cause in its headers ({@code x-exception-message}, {@code x-exception-stacktrace}), and
 * waits there for an operator, who can move every dead letter of a consumer back to its queue once the cause is
 * fixed ({@link #redrive}).
 */
public class DeadLetterQueues {

    /** Counts how often a message was re-driven. */
    static final String REDRIVEN = "x-redriven";

    private static final List<String> CAUSE_HEADERS = List.of(
            RepublishMessageRecoverer.X_EXCEPTION_MESSAGE,
            RepublishMessageRecoverer.X_EXCEPTION_STACKTRACE,
            RepublishMessageRecoverer.X_ORIGINAL_EXCHANGE,
            RepublishMessageRecoverer.X_ORIGINAL_ROUTING_KEY);

    private final RabbitTemplate rabbitTemplate;
    private final MessagingProperties properties;
    private final List<ConsumerQueue> queues;
    private final MessagePropertiesConverter converter = new DefaultMessagePropertiesConverter();

    public DeadLetterQueues(RabbitTemplate rabbitTemplate, MessagingProperties properties, List<ConsumerQueue> queues) {
        this.rabbitTemplate = rabbitTemplate;
        this.properties = properties;
        this.queues = List.copyOf(queues);
    }

    /** Publishes the message to the consumer's dead-letter queue and waits for the broker's confirm. */
    void deadLetter(ConsumerQueue queue, Message message, Throwable cause) {
        var recoverer = new RepublishMessageRecovererWithConfirms(
                rabbitTemplate,
                properties.deadLetterExchangeName(),
                queue.deadLetterQueueName(properties),
                ConfirmType.SIMPLE);
        recoverer.setConfirmTimeout(properties.confirmTimeout().toMillis());
        recoverer.recover(message, cause);
    }

    /** How many dead letters wait, per consumer (its topology name). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ConsumerQueue queue : queues) {
            counts.put(queue.name(), count(queue));
        }
        return counts;
    }

    public Optional<ConsumerQueue> find(String consumer) {
        return queues.stream()
                .filter(queue ->
                        queue.name().equals(consumer) || queue.processingGroup().equals(consumer))
                .findFirst();
    }

    long count(ConsumerQueue queue) {
        return messagesIn(queue.deadLetterQueueName(properties));
    }

    /** The messages ready in the consumer's own queue (not those taken and not yet acknowledged). */
    long backlog(ConsumerQueue queue) {
        return messagesIn(queue.queueName(properties));
    }

    private long messagesIn(String queueName) {
        return rabbitTemplate.execute(
                channel -> (long) channel.queueDeclarePassive(queueName).getMessageCount());
    }

    /**
     * Moves the dead letters of a consumer back to its queue, each one confirmed by the broker before it leaves the
     * dead-letter queue, and without its cause headers. Letters that arrive meanwhile are not moved.
     *
     * @return how many were moved
     */
    public int redrive(ConsumerQueue queue) {
        String deadLetterQueue = queue.deadLetterQueueName(properties);
        String target = queue.queueName(properties);
        long waiting = count(queue);
        int moved = 0;
        while (moved < waiting) {
            boolean more = Boolean.TRUE.equals(rabbitTemplate.execute(channel -> {
                GetResponse response = channel.basicGet(deadLetterQueue, false);
                if (response == null) {
                    return false;
                }
                MessageProperties messageProperties =
                        converter.toMessageProperties(response.getProps(), response.getEnvelope(), "UTF-8");
                CAUSE_HEADERS.forEach(messageProperties.getHeaders()::remove);
                Object before = messageProperties.getHeaders().get(REDRIVEN);
                messageProperties.setHeader(REDRIVEN, before instanceof Number n ? n.intValue() + 1 : 1);
                channel.confirmSelect();
                // the default exchange routes to the queue of that name
                channel.basicPublish(
                        "",
                        target,
                        true,
                        converter.fromMessageProperties(messageProperties, "UTF-8"),
                        response.getBody());
                channel.waitForConfirmsOrDie(properties.confirmTimeout().toMillis());
                channel.basicAck(response.getEnvelope().getDeliveryTag(), false);
                return true;
            }));
            if (!more) {
                break;
            }
            moved++;
        }
        return moved;
    }

    List<ConsumerQueue> queues() {
        return queues;
    }
}
