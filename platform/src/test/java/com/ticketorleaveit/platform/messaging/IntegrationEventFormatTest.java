package com.ticketorleaveit.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.testing.api.CounterIncremented;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class IntegrationEventFormatTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final IntegrationEventFormat format = new IntegrationEventFormat(JacksonSerializer.defaultSerializer());

    @Test
    void carriesTheTraceContextFromTheEventsMetadataThroughTheHeadersBackIntoMetadata() {
        var event = new GenericDomainEventMessage<>(
                "Counter",
                "counter-1",
                3,
                new CounterIncremented("counter-1", 1, 4),
                MetaData.from(Map.of("traceparent", TRACEPARENT, "tracestate", "vendor=1")));

        var message = format.toAmqp(event);
        var received = format.fromAmqp(message).orElseThrow();

        assertThat(message.getMessageProperties().<String>getHeader("traceparent"))
                .isEqualTo(TRACEPARENT);
        assertThat(received.getMetaData())
                .containsEntry("traceparent", TRACEPARENT)
                .containsEntry("tracestate", "vendor=1");
    }

    @Test
    void anEventWithoutTraceContextGetsNoTraceHeaders() {
        var event = new GenericDomainEventMessage<>(
                "Counter", "counter-1", 3, new CounterIncremented("counter-1", 1, 4), MetaData.emptyInstance());

        var message = format.toAmqp(event);

        assertThat(message.getMessageProperties().getHeaders()).doesNotContainKeys("traceparent", "tracestate");
        assertThat(format.fromAmqp(message).orElseThrow().getMetaData()).doesNotContainKeys("traceparent");
    }
}
