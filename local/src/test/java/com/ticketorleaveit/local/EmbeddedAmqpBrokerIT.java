package com.ticketorleaveit.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** The embedded broker, started even where a RabbitMQ runs, speaks AMQP 0-9-1 as spring-amqp and the relay use it. */
class EmbeddedAmqpBrokerIT {

    @TempDir
    static Path directory;

    static AmqpBroker broker;
    static CachingConnectionFactory connectionFactory;
    static RabbitAdmin admin;

    @BeforeAll
    static void startEmbeddedBroker() throws Exception {
        broker = AmqpBroker.embedded(directory.resolve("amqp-broker"), 0);
        connectionFactory = new CachingConnectionFactory(broker.host(), broker.port());
        connectionFactory.setUsername(broker.user());
        connectionFactory.setPassword(broker.password());
        connectionFactory.setPublisherConfirmType(ConfirmType.SIMPLE);
        admin = new RabbitAdmin(connectionFactory);
    }

    @AfterAll
    static void stopEmbeddedBroker() {
        connectionFactory.destroy();
        broker.close();
    }

    @Test
    void confirmsPublishAndDeliversThroughATopicExchange() {
        TopicExchange events = new TopicExchange("ticketing.events");
        Queue queue = new Queue("local-it.tickets");
        admin.declareExchange(events);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(events).with("tickets.#"));
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        Message orderPlaced = MessageBuilder.withBody("{\"orderId\":\"42\"}".getBytes(StandardCharsets.UTF_8))
                .setMessageId("event-1")
                .setContentType("application/json")
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setHeader("type", "OrderPlaced")
                .build();

        template.invoke(operations -> {
            operations.send("ticketing.events", "tickets.order-placed", orderPlaced);
            operations.waitForConfirmsOrDie(5_000);
            return null;
        });
        Message received = template.receive(queue.getName(), 5_000);

        assertThat(received).isNotNull();
        assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"orderId\":\"42\"}");
        assertThat(received.getMessageProperties().getMessageId()).isEqualTo("event-1");
        assertThat((String) received.getMessageProperties().getHeader("type")).isEqualTo("OrderPlaced");
    }

    @Test
    void acceptsRabbitMqQueueArgumentsItDoesNotSupport() {
        Queue queue = QueueBuilder.durable("local-it.with-dead-letters")
                .deadLetterExchange("ticketing.events.dlx")
                .deadLetterRoutingKey("local-it.with-dead-letters.dlq")
                .withArgument("x-queue-type", "classic")
                .build();

        admin.declareQueue(queue);

        assertThat(admin.getQueueProperties(queue.getName())).isNotNull();
    }

    @Test
    void dropsAMessageRejectedWithoutRequeueInsteadOfRedeliveringIt() {
        Queue queue = admin.declareQueue();
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.convertAndSend("", queue.getName(), "poison");

        rejectWithoutRequeue(template, queue.getName());

        assertThat(template.receive(queue.getName(), 500)).isNull();
    }

    @Test
    void deadLettersARejectedMessageToTheQueuesAlternateExchange() {
        TopicExchange deadLetters = new TopicExchange("local-it.dlx");
        Queue deadLetterQueue = new Queue("local-it.orders.dlq");
        Queue queue = QueueBuilder.durable("local-it.orders")
                .deadLetterExchange(deadLetters.getName())
                .withArgument("alternateExchange", deadLetters.getName())
                .build();
        admin.declareExchange(deadLetters);
        admin.declareQueue(deadLetterQueue);
        admin.declareBinding(
                BindingBuilder.bind(deadLetterQueue).to(deadLetters).with("#"));
        admin.declareQueue(queue);
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.convertAndSend("", queue.getName(), "poison");

        rejectWithoutRequeue(template, queue.getName());

        assertThat(template.receiveAndConvert(deadLetterQueue.getName(), 2_000)).isEqualTo("poison");
        assertThat(template.receive(queue.getName(), 500)).isNull();
    }

    @Test
    void offersNoQuorumQueues() {
        assertThat(broker.isEmbedded()).isTrue();
        assertThat(broker.supportsQuorumQueues()).isFalse();
    }

    private static void rejectWithoutRequeue(RabbitTemplate template, String queue) {
        template.execute(channel -> {
            GetResponse delivery = channel.basicGet(queue, false);
            assertThat(delivery).isNotNull();
            channel.basicReject(delivery.getEnvelope().getDeliveryTag(), false);
            return null;
        });
    }
}
