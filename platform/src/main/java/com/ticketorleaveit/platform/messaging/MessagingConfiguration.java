package com.ticketorleaveit.platform.messaging;

import com.ticketorleaveit.platform.commandbus.CommandBusConfiguration.CommandBusMembership;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.SpanFactory;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Integration events: their wire format, the relay out of the event store, and the consumers. */
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
        return new Declarables(properties.integrationEventExchange(), properties.deadLetterTopicExchange());
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
    @ConditionalOnBean(RabbitTemplate.class)
    @ConditionalOnProperty("ticketing.platform.messaging.relay.enabled")
    IntegrationEventRelay integrationEventRelay(
            RabbitTemplate rabbitTemplate,
            IntegrationEventFormat format,
            MessagingProperties properties,
            ObjectProvider<SpanFactory> spanFactory) {
        return new IntegrationEventRelay(
                rabbitTemplate, format, properties, spanFactory.getIfAvailable(() -> NoOpSpanFactory.INSTANCE));
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    Inbox inbox(JdbcTemplate jdbc) {
        return new Inbox(jdbc);
    }

    /** Each consumer declares its own queue as well (the same declaration as the relay's). */
    @Bean
    @ConditionalOnBean(IntegrationEventConsumer.class)
    Declarables consumerQueues(List<IntegrationEventConsumer> consumers, MessagingProperties properties) {
        return new Declarables(consumers.stream()
                .flatMap(consumer -> consumer.queue().declarables(properties).getDeclarables().stream())
                .toList());
    }

    @Bean
    @ConditionalOnBean({IntegrationEventConsumer.class, RabbitTemplate.class})
    DeadLetterQueues deadLetterQueues(
            RabbitTemplate rabbitTemplate, MessagingProperties properties, List<IntegrationEventConsumer> consumers) {
        return new DeadLetterQueues(
                rabbitTemplate,
                properties,
                consumers.stream().map(IntegrationEventConsumer::queue).toList());
    }

    @Bean
    @ConditionalOnBean(IntegrationEventConsumer.class)
    IntegrationEventSources integrationEventSources() {
        return new IntegrationEventSources();
    }

    @Bean
    @ConditionalOnBean({IntegrationEventConsumer.class, RabbitTemplate.class})
    IntegrationEventConsumers integrationEventConsumers(
            List<IntegrationEventConsumer> consumers,
            IntegrationEventSources sources,
            ConnectionFactory connectionFactory,
            IntegrationEventFormat format,
            DeadLetterQueues deadLetterQueues,
            MessagingProperties properties,
            ObjectProvider<CommandBusMembership> membership,
            ObjectProvider<MeterRegistry> meterRegistry) {
        return new IntegrationEventConsumers(
                consumers,
                sources,
                connectionFactory,
                format,
                deadLetterQueues,
                properties,
                () -> {
                    CommandBusMembership ring = membership.getIfAvailable();
                    return ring == null || Status.UP.equals(ring.health().getStatus());
                },
                meterRegistry.getIfAvailable());
    }

    @Bean
    @ConditionalOnBean(IntegrationEventConsumer.class)
    ConfigurerModule integrationEventProcessors(
            List<IntegrationEventConsumer> consumers, IntegrationEventSources sources, Inbox inbox) {
        return IntegrationEventConsumers.processors(consumers, sources, inbox);
    }

    @Bean
    @ConditionalOnBean(DeadLetterQueues.class)
    ConsumerQueueGauges consumerQueueGauges(DeadLetterQueues deadLetterQueues) {
        return new ConsumerQueueGauges(deadLetterQueues);
    }

    @Bean
    @ConditionalOnBean(DeadLetterQueues.class)
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterQueues deadLetterQueues) {
        return new DeadLettersEndpoint(deadLetterQueues);
    }
}
