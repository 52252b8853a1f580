package com.ticketorleaveit.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Integration events on the AMQP broker.
 *
 * @param exchange the topic exchange every integration event is published to
 * @param deadLetterExchange where consumers' rejected messages go
 * @param quorumQueues declare consumer queues as quorum queues (RabbitMQ); off for brokers without them
 * @param confirmTimeout how long the relay waits for the broker to confirm a published event
 * @param relay whether this deployable relays the event store to the broker
 * @param retry how a consumer retries a message before dead-lettering it: long enough (minutes) to outlast a
 *     restart of the services it calls, so that a dead letter means a message that cannot be handled
 */
@ConfigurationProperties("ticketing.platform.messaging")
public record MessagingProperties(
        @DefaultValue("ticketing.events") String exchange,
        @DefaultValue("ticketing.events.dlx") String deadLetterExchange,
        @DefaultValue("true") boolean quorumQueues,
        @DefaultValue("10s") Duration confirmTimeout,
        @DefaultValue Relay relay,
        @DefaultValue Retry retry) {

    public record Relay(@DefaultValue("false") boolean enabled) {}

    public record Retry(
            @DefaultValue("30") int maxAttempts,
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") Duration maxInterval) {}
}
