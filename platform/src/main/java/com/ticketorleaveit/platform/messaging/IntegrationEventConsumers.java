package com.ticketorleaveit.platform.messaging;

import com.rabbitmq.client.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.common.property.Property;
import org.axonframework.common.property.PropertyAccessStrategy;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.context.SmartLifecycle;

/**
 * Runs this deployable's {@link IntegrationEventConsumer}s. Per consumer: a listener container on its queue (one
 * consumer per replica; the queue lets one replica at a time be active), a {@link KeyedWorkQueue} that handles
 * messages concurrently yet each ordering key's messages in order, and the subscribing event processor of its
 * processing group, fed through an {@link IntegrationEventSource}.
 *
 * <p>A message is acknowledged once its handling committed (the inbox row in the same transaction drops a
 * redelivery). A transient failure is retried with backoff while other keys go on; a permanent one (see
 * {@link PermanentFailures}), an exhausted one, or a message that cannot even be read goes to the consumer's
 * dead-letter queue with its cause, is counted ({@code ticketing.messaging.dead.letters}) and logged with its key,
 * and its key moves on.
 *
 * <p>Consuming starts once the application is ready and the command bus can route commands ({@code commandsRoutable}):
 * started earlier, every message would fail until the members are known.
 */
public class IntegrationEventConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventConsumers.class);
    /** How long the steps under way may take to finish when the deployable stops. */
    private static final Duration STEP_GRACE = Duration.ofSeconds(5);

    private final List<Running> consumers = new ArrayList<>();
    private final BooleanSupplier commandsRoutable;
    private final ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "consumers-starter");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    public IntegrationEventConsumers(
            List<IntegrationEventConsumer> declared,
            IntegrationEventSources sources,
            ConnectionFactory connectionFactory,
            IntegrationEventFormat format,
            DeadLetterQueues deadLetterQueues,
            MessagingProperties properties,
            BooleanSupplier commandsRoutable,
            MeterRegistry meterRegistry) {
        this.commandsRoutable = commandsRoutable;
        MeterRegistry registry = meterRegistry != null ? meterRegistry : Metrics.globalRegistry;
        for (IntegrationEventConsumer consumer : declared) {
            consumers.add(new Running(
                    consumer,
                    sources.of(consumer.queue().processingGroup()),
                    connectionFactory,
                    format,
                    deadLetterQueues,
                    properties,
                    registry));
        }
    }

    /**
     * Registers each consumer's processing group as a subscribing processor fed by its queue, behind the inbox. It
     * needs only the consumers' declarations, so the Axon configuration does not wait for this runtime.
     */
    public static ConfigurerModule processors(
            List<IntegrationEventConsumer> declared, IntegrationEventSources sources, Inbox inbox) {
        return configurer -> configurer.eventProcessing(processing -> declared.forEach(consumer -> {
            String group = consumer.queue().processingGroup();
            processing.registerSubscribingEventProcessor(group, c -> sources.of(group));
            processing.registerHandlerInterceptor(group, c -> inbox.deduplicating(group));
        }));
    }

    @Override
    public void start() {
        running = true;
        starter.scheduleWithFixedDelay(this::startWhenRoutable, 0, 200, TimeUnit.MILLISECONDS);
    }

    private void startWhenRoutable() {
        if (!running || !commandsRoutable.getAsBoolean()) {
            return;
        }
        consumers.forEach(consumer -> consumer.container.start());
        log.info(
                "Consuming {}",
                consumers.stream()
                        .map(consumer -> consumer.definition.queue().name())
                        .toList());
        starter.shutdown();
    }

    @Override
    public void stop() {
        running = false;
        starter.shutdownNow();
        consumers.forEach(consumer -> consumer.container.stop());
        // messages taken but not handled yet are redelivered (to the standby replica, or after the restart)
        consumers.parallelStream().forEach(consumer -> {
            try {
                consumer.work.close(STEP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the Axon configuration (which subscribes the processors) has started, before it stops. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** A message taken from the queue, with the channel that must acknowledge it. */
    private record Delivery(Message message, Channel channel, EventMessage<?> event, String key) {}

    private static final class Running implements ChannelAwareMessageListener {

        private final IntegrationEventConsumer definition;
        private final IntegrationEventFormat format;
        private final DeadLetterQueues deadLetterQueues;
        private final IntegrationEventSource source;
        private final KeyedWorkQueue<Delivery> work;
        private final SimpleMessageListenerContainer container;
        private final io.micrometer.core.instrument.Counter deadLetters;

        Running(
                IntegrationEventConsumer definition,
                IntegrationEventSource source,
                ConnectionFactory connectionFactory,
                IntegrationEventFormat format,
                DeadLetterQueues deadLetterQueues,
                MessagingProperties properties,
                MeterRegistry registry) {
            this.definition = definition;
            this.source = source;
            this.format = format;
            this.deadLetterQueues = deadLetterQueues;
            var retry = properties.retry();
            this.work = new KeyedWorkQueue<>(
                    definition.queue().processingGroup(),
                    definition.concurrency() != null
                            ? definition.concurrency()
                            : properties.consumers().concurrency(),
                    delivery -> source.handle(delivery.event()),
                    new KeyedWorkQueue.Outcome<>() {
                        @Override
                        public void succeeded(Delivery delivery) {
                            acknowledge(delivery);
                        }

                        @Override
                        public void gaveUp(Delivery delivery, Throwable cause, int attempts) {
                            deadLetter(delivery.message(), delivery.channel(), delivery.event(), cause, delivery.key());
                        }
                    },
                    PermanentFailures.INSTANCE,
                    new KeyedWorkQueue.Backoff(
                            retry.maxAttempts(), retry.initialInterval(), retry.multiplier(), retry.maxInterval()));
            this.deadLetters = io.micrometer.core.instrument.Counter.builder("ticketing.messaging.dead.letters")
                    .description("Messages a consumer gave up on and sent to its dead-letter queue")
                    .tag("consumer", definition.queue().name())
                    .register(registry);
            this.container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(definition.queue().queueName(properties));
            container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
            container.setPrefetchCount(properties.consumers().prefetch());
            container.setConcurrentConsumers(1);
            container.setMessageListener(this);
            container.setAutoStartup(false);
        }

        @Override
        public void onMessage(Message message, Channel channel) {
            EventMessage<?> event;
            try {
                event = format.fromAmqp(message)
                        .orElseThrow(
                                () -> new IllegalArgumentException("Not an integration event: no type or message id"));
            } catch (RuntimeException unreadable) {
                deadLetter(
                        message,
                        channel,
                        null,
                        unreadable,
                        message.getMessageProperties().getMessageId());
                return;
            }
            String key = orderingKey(event);
            work.submit(key, new Delivery(message, channel, event, key));
        }

        private String orderingKey(EventMessage<?> event) {
            String property = definition.queue().orderingProperty();
            if (property != null) {
                Object payload = event.getPayload();
                Property<Object> accessor = PropertyAccessStrategy.getProperty(payloadType(payload), property);
                Object value = accessor == null ? null : accessor.getValue(payload);
                if (value != null) {
                    return value.toString();
                }
            }
            return event.getIdentifier();
        }

        @SuppressWarnings("unchecked")
        private static Class<Object> payloadType(Object payload) {
            return (Class<Object>) payload.getClass();
        }

        private void acknowledge(Delivery delivery) {
            long tag = delivery.message().getMessageProperties().getDeliveryTag();
            try {
                delivery.channel().basicAck(tag, false);
            } catch (Exception e) {
                // the channel closed meanwhile: the broker redelivers the message, and the inbox drops it
                log.debug("Acknowledging {} failed: {}", delivery.event().getIdentifier(), e.toString());
            }
        }

        private void deadLetter(Message message, Channel channel, EventMessage<?> event, Throwable cause, String key) {
            long tag = message.getMessageProperties().getDeliveryTag();
            try {
                definition.deadLetterListener().deadLettered(event, cause);
            } catch (RuntimeException e) {
                log.warn(
                        "The dead-letter listener of {} failed",
                        definition.queue().name(),
                        e);
            }
            try {
                deadLetterQueues.deadLetter(definition.queue(), message, cause);
                channel.basicAck(tag, false);
            } catch (Exception e) {
                log.error(
                        "Dead-lettering message {} of {} failed; it goes back to the queue",
                        message.getMessageProperties().getMessageId(),
                        definition.queue().name(),
                        e);
                try {
                    channel.basicNack(tag, false, true);
                } catch (Exception ignored) {
                    // the channel closed: the broker redelivers the message anyway
                }
                return;
            }
            deadLetters.increment();
            log.error(
                    "Dead-lettered {} {} (key {}) of {}: {}",
                    event == null
                            ? "unreadable message"
                            : event.getPayloadType().getSimpleName(),
                    message.getMessageProperties().getMessageId(),
                    key,
                    definition.queue().name(),
                    cause.toString());
        }
    }
}
