package com.ticketorleaveit.platform.tracing;

import com.ticketorleaveit.platform.messaging.IntegrationEventRelay;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One purchase, one trace (ADR 28). Spring's observations trace HTTP in and out (the API, the command bus between
 * deployables) and gRPC; Axon's OpenTelemetry spans trace commands, events and sagas and carry the trace context in
 * every message's metadata, so it crosses the event store and (through the relay's headers) the broker. Spans are
 * recorded and exported only when an OTLP endpoint is configured ({@link TraceSampling}); the ids reach the logs
 * either way, with the order a message is about ({@link OrderIdInLogs}).
 */
@AutoConfiguration(
        after = OpenTelemetryAutoConfiguration.class,
        before = {
            OpenTelemetryTracingAutoConfiguration.class,
            org.axonframework.springboot.autoconfig.OpenTelemetryAutoConfiguration.class,
            AxonTracingAutoConfiguration.class
        })
public class TracingConfiguration {

    @Bean
    Sampler otelSampler(Environment environment) {
        return TraceSampling.sampler(environment);
    }

    /** Axon's spans from Spring's OpenTelemetry: its tracer, and its propagators to write contexts into metadata. */
    @Bean
    @ConditionalOnBean(OpenTelemetry.class)
    SpanFactory spanFactory(OpenTelemetry openTelemetry) {
        return OpenTelemetrySpanFactory.builder()
                .tracer(openTelemetry.getTracer("axon-framework"))
                .contextPropagators(openTelemetry.getPropagators().getTextMapPropagator())
                .build();
    }

    /**
     * The order in the logs while a command or event is handled; not in the relay, which publishes events without
     * reading them.
     */
    @Bean
    ConfigurerModule orderIdInLogs() {
        MessageHandlerInterceptor<org.axonframework.messaging.Message<?>> passThrough =
                (unitOfWork, chain) -> chain.proceed();
        return configurer -> {
            configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                    (configuration, processor) -> IntegrationEventRelay.PROCESSING_GROUP.equals(processor)
                            ? passThrough
                            : OrderIdInLogs.INSTANCE));
            configurer.onInitialize(configuration -> configuration.onStart(
                    Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> configuration.commandBus().registerHandlerInterceptor(OrderIdInLogs.INSTANCE)));
        };
    }
}
