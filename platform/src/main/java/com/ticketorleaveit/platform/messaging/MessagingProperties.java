package com.ticketorleaveit.platform.messaging;

import java.time.Duration;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Integration events on the AMQP broker.
 *
 * @param namespace prefixes every exchange and queue name ({@code <namespace>.ticketing.events}), so that several
 *     installations (a local run, each test run, a benchmark) share one broker without consuming each other's
 *     messages; empty for none
 * @param exchange the topic exchange every integration event is published to
 * @param deadLetterExchange where consumers' dead letters go
 * @param quorumQueues declare consumer queues as quorum queues (RabbitMQ); off for brokers without them
 * @param unusedQueueExpiry when set, a queue nobody has used for this long is deleted by the broker: for the
 *     throw-away namespaces of test runs, never for an installation whose messages matter
 * @param confirmTimeout how long a publisher waits for the broker to confirm what it published
 * @param relay whether this deployable relays the event store to the broker
 * @param consumers how this deployable's consumers take messages
 * @param retry how a consumer retries a step that failed transiently before dead-lettering it: long enough (minutes)
 *     to outlast a restart of the services it calls, so that a dead letter means a message that cannot be handled
 */
@ConfigurationProperties("ticketing.platform.messaging")
public record MessagingProperties(
        @DefaultValue("") String namespace,
        @DefaultValue("ticketing.events") String exchange,
        @DefaultValue("ticketing.events.dlx") String deadLetterExchange,
        @DefaultValue("true") boolean quorumQueues,
        Duration unusedQueueExpiry,
        @DefaultValue("10s") Duration confirmTimeout,
        @DefaultValue Relay relay,
        @DefaultValue Consumers consumers,
        @DefaultValue Retry retry) {

    public record Relay(@DefaultValue("false") boolean enabled) {}

    /**
     * @param concurrency how many messages (of different ordering keys) one consumer handles at once
     * @param prefetch how many unacknowledged messages the broker hands one consumer ahead
     */
    public record Consumers(
            @DefaultValue("16") int concurrency,
            @DefaultValue("256") int prefetch) {}

    public record Retry(
            @DefaultValue("30") int maxAttempts,
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") Duration maxInterval) {}

    /** A name within this installation's namespace. */
    public String qualified(String name) {
        return namespace == null || namespace.isBlank() ? name : namespace + "." + name;
    }

    public String exchangeName() {
        return qualified(exchange);
    }

    public String deadLetterExchangeName() {
        return qualified(deadLetterExchange);
    }

    /** The topic exchange of integration events, durable; a throw-away namespace's goes with its last queue. */
    public TopicExchange integrationEventExchange() {
        return new TopicExchange(exchangeName(), true, unusedQueueExpiry != null);
    }

    public TopicExchange deadLetterTopicExchange() {
        return new TopicExchange(deadLetterExchangeName(), true, unusedQueueExpiry != null);
    }
}
