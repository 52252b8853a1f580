package com.ticketorleaveit.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;

/**
 * Axon's own Micrometer monitors, dimensional (the names and tags of {@code axon.metrics.micrometer.dimensional}), but
 * only where an operator needs them (ADR 24):
 *
 * <ul>
 *   <li>every event processor: {@code eventProcessor.latency{processorName}}, how old the last event it took was when
 *       it took it (its lag behind the event store or the broker), in milliseconds;
 *   <li>the command bus: {@code commandBus.allTimer|successTimer|failureTimer{payloadType}}, how long each command
 *       took to handle on the node that owns its aggregate (the distributed command bus' local segment; the
 *       distributed bus itself, built by the Spring Cloud extension, takes no monitor). Histogram buckets instead of
 *       Axon's client-side percentiles, so that Prometheus aggregates them over replicas.
 * </ul>
 *
 * Axon's whole set would also time, count and measure the capacity of every event of every processor by payload type,
 * and every event bus and query bus message: several meter look-ups per message on every processor, for series no one
 * reads. The event store, the query bus and the deadline manager get no monitor. Being a {@link MetricsConfigurerModule},
 * this module takes the place of Axon's own (which Axon's auto-configuration adds only when there is none).
 */
public class AxonMonitors extends MetricsConfigurerModule {

    /** The dimensional prefix Axon gives every event processor's meters. */
    static final String EVENT_PROCESSOR = "eventProcessor";

    private static final Duration[] COMMAND_BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5)
    };

    private final MeterRegistry registry;

    public AxonMonitors(MeterRegistry registry) {
        super(new GlobalMetricRegistry(registry), true);
        this.registry = registry;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> this::monitor);
    }

    @SuppressWarnings("unchecked")
    MessageMonitor<Message<?>> monitor(Class<?> componentType, String componentName) {
        MessageMonitor<? extends Message<?>> monitor;
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            Tags processor = Tags.of(TagsUtil.PROCESSOR_NAME_TAG, componentName);
            monitor = EventProcessorLatencyMonitor.builder()
                    .meterNamePrefix(EVENT_PROCESSOR)
                    .meterRegistry(registry)
                    .tagsBuilder(message -> processor)
                    .build();
        } else if (CommandBus.class.isAssignableFrom(componentType)) {
            monitor = MessageTimerMonitor.builder()
                    .meterNamePrefix(componentName)
                    .meterRegistry(registry)
                    .tagsBuilder(TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION)
                    .timerCustomization(AxonMonitors::histogram)
                    .build();
        } else {
            monitor = NoOpMessageMonitor.instance();
        }
        return (MessageMonitor<Message<?>>) monitor;
    }

    private static Timer.Builder histogram(Timer.Builder timer) {
        return timer.publishPercentiles().serviceLevelObjectives(COMMAND_BUCKETS);
    }
}
