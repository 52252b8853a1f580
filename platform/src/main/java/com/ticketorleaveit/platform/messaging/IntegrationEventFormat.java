package com.ticketorleaveit.platform.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * How a domain event looks on the broker: the payload as JSON, the event id as message id, and headers that let any
 * subscriber (Axon or not) route, trace and de-duplicate it. See docs/architecture.md.
 */
public class IntegrationEventFormat {

    static final String BASE_PACKAGE = "com.ticketorleaveit.";
    static final String TYPE = "type";
    static final String REVISION = "revision";
    static final String AGGREGATE_ID = "aggregate-id";
    static final String AGGREGATE_TYPE = "aggregate-type";
    static final String SEQUENCE_NUMBER = "sequence-number";
    static final String CORRELATION_ID = "correlation-id";
    static final String CAUSATION_ID = "causation-id";
    static final String TIMESTAMP = "timestamp";
    private static final String AXON_CORRELATION_ID = "correlationId";
    private static final String AXON_TRACE_ID = "traceId";
    /** W3C trace context, as Axon's tracing writes it into metadata and as AMQP tracers read it from headers. */
    static final List<String> TRACE_CONTEXT = List.of("traceparent", "tracestate");

    private final Serializer serializer;

    public IntegrationEventFormat(Serializer serializer) {
        this.serializer = serializer;
    }

    /** {@code <context>.<event-in-kebab-case>}: {@code com.ticketorleaveit.tickets.api.OrderPlaced} → {@code tickets.order-placed}. */
    public static String routingKey(Class<?> payloadType) {
        String name = payloadType.getName();
        if (!name.startsWith(BASE_PACKAGE)) {
            throw new IllegalArgumentException("Not one of our events: " + name);
        }
        String context = name.substring(BASE_PACKAGE.length(), name.indexOf('.', BASE_PACKAGE.length()));
        return context + "." + kebab(payloadType.getSimpleName());
    }

    /** Only the published language of a context (its {@code .api} package) leaves the event store. */
    public static boolean isIntegrationEvent(Class<?> payloadType) {
        String name = payloadType.getName();
        return name.startsWith(BASE_PACKAGE) && payloadType.getPackageName().endsWith(".api");
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** As stored: an event read from the event store keeps its stored JSON, it is not deserialized and serialized again. */
    public Message toAmqp(EventMessage<?> event) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(event.getIdentifier());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setType(payload.getType().getName());
        properties.setHeader(TYPE, payload.getType().getName());
        properties.setHeader(REVISION, payload.getType().getRevision());
        properties.setHeader(TIMESTAMP, event.getTimestamp().toString());
        if (event instanceof DomainEventMessage<?> domainEvent) {
            properties.setHeader(AGGREGATE_ID, domainEvent.getAggregateIdentifier());
            properties.setHeader(AGGREGATE_TYPE, domainEvent.getType());
            properties.setHeader(SEQUENCE_NUMBER, domainEvent.getSequenceNumber());
        }
        Object correlationId = event.getMetaData().get(AXON_CORRELATION_ID);
        properties.setHeader(CORRELATION_ID, correlationId != null ? correlationId.toString() : event.getIdentifier());
        Object traceId = event.getMetaData().get(AXON_TRACE_ID);
        if (traceId != null) {
            properties.setHeader(CAUSATION_ID, traceId.toString());
        }
        for (String key : TRACE_CONTEXT) {
            Object value = event.getMetaData().get(key);
            if (value != null) {
                properties.setHeader(key, value.toString());
            }
        }
        return new Message(payload.getData(), properties);
    }

    public Optional<EventMessage<?>> fromAmqp(Message message) {
        MessageProperties properties = message.getMessageProperties();
        Object type = properties.getHeader(TYPE);
        if (type == null || properties.getMessageId() == null) {
            return Optional.empty();
        }
        Object revision = properties.getHeader(REVISION);
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                message.getBody(), byte[].class, type.toString(), revision == null ? null : revision.toString()));
        Map<String, Object> metaData = new HashMap<>();
        Object correlationId = properties.getHeader(CORRELATION_ID);
        if (correlationId != null) {
            metaData.put(AXON_CORRELATION_ID, correlationId.toString());
        }
        metaData.put(AXON_TRACE_ID, properties.getMessageId());
        for (String key : TRACE_CONTEXT) {
            Object value = properties.getHeader(key);
            if (value != null) {
                metaData.put(key, value.toString());
            }
        }
        Object timestampHeader = properties.getHeader(TIMESTAMP);
        Instant timestamp = timestampHeader == null ? Instant.now() : Instant.parse(timestampHeader.toString());
        Object aggregateId = properties.getHeader(AGGREGATE_ID);
        Object sequence = properties.getHeader(SEQUENCE_NUMBER);
        if (aggregateId != null && sequence instanceof Number number) {
            Object aggregateType = properties.getHeader(AGGREGATE_TYPE);
            return Optional.of(new GenericDomainEventMessage<>(
                    aggregateType == null ? null : aggregateType.toString(),
                    aggregateId.toString(),
                    number.longValue(),
                    payload,
                    MetaData.from(metaData),
                    properties.getMessageId(),
                    timestamp));
        }
        return Optional.of(
                new GenericEventMessage<>(properties.getMessageId(), payload, MetaData.from(metaData), timestamp));
    }
}
