package com.ticketorleaveit.platform.messaging;

import org.axonframework.serialization.Serializer;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Integration events: their wire format, the relay out of the event store, and consumer plumbing. */
@AutoConfiguration(after = {RabbitAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingConfiguration {

    @Bean
    IntegrationEventFormat integrationEventFormat(@Qualifier("eventSerializer") Serializer serializer) {
        return new IntegrationEventFormat(serializer);
    }

    /** The exchanges belong to the platform: declared by publishers and consumers alike (declaring is idempotent). */
    @Bean
    @ConditionalOnBean(ConnectionFactory.class)
    Declarables integrationEventExchanges(MessagingProperties properties) {
        return new Declarables(
                new TopicExchange(properties.exchange(), true, false),
                new TopicExchange(properties.deadLetterExchange(), true, false));
    }

    /** The relay declares every consumer's queue: see {@link IntegrationTopology}. */
    @Bean
    @ConditionalOnBean(RabbitTemplate.class)
    @ConditionalOnProperty("ticketing.platform.messaging.relay.enabled")
    Declarables consumerQueuesOfTheRelay(MessagingProperties properties) {
        return new Declarables(IntegrationTopology.CONSUMER_QUEUES.stream()
                .flatMap(queue -> queue.declarables(properties).getDeclarables().stream())
                .toList());
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    Inbox inbox(JdbcTemplate jdbc) {
        return new Inbox(jdbc);
    }

    @Bean
    @ConditionalOnBean(ConnectionFactory.class)
    ConsumerContainers consumerContainers(ConnectionFactory connectionFactory, MessagingProperties properties) {
        return new ConsumerContainers(connectionFactory, properties);
    }

    @Bean
    @ConditionalOnBean(RabbitTemplate.class)
    @ConditionalOnProperty("ticketing.platform.messaging.relay.enabled")
    IntegrationEventRelay integrationEventRelay(
            RabbitTemplate rabbitTemplate, IntegrationEventFormat format, MessagingProperties properties) {
        return new IntegrationEventRelay(rabbitTemplate, format, properties);
    }

    /** Builds listener containers that retry a failing message with backoff, then dead-letter it. */
    public record ConsumerContainers(ConnectionFactory connectionFactory, MessagingProperties properties) {

        public SimpleMessageListenerContainer container(ConsumerQueue queue, MessageListener listener) {
            return container(queue, listener, (message, cause) -> {});
        }

        /**
         * @param onGiveUp called with a message whose retries are exhausted, just before it is dead-lettered
         */
        public SimpleMessageListenerContainer container(
                ConsumerQueue queue, MessageListener listener, MessageRecoverer onGiveUp) {
            var retry = properties.retry();
            var container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(queue.name());
            container.setMessageListener(listener);
            container.setDefaultRequeueRejected(false);
            container.setPrefetchCount(50);
            container.setAdviceChain(RetryInterceptorBuilder.stateless()
                    .maxAttempts(retry.maxAttempts())
                    .backOffOptions(
                            retry.initialInterval().toMillis(),
                            retry.multiplier(),
                            retry.maxInterval().toMillis())
                    .recoverer((message, cause) -> {
                        onGiveUp.recover(message, cause);
                        new RejectAndDontRequeueRecoverer().recover(message, cause);
                    })
                    .build());
            return container;
        }
    }
}
