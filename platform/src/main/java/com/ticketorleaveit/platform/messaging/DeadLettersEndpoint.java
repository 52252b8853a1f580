package com.ticketorleaveit.platform.messaging;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The operator's view of this deployable's dead letters, on its management port (never routed by the gateway):
 * {@code GET /actuator/deadletters} counts them per consumer; {@code POST /actuator/deadletters/{consumer}} moves a
 * consumer's dead letters back to its queue once their cause is fixed (see docs/operations.md).
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetterQueues deadLetterQueues;

    DeadLettersEndpoint(DeadLetterQueues deadLetterQueues) {
        this.deadLetterQueues = deadLetterQueues;
    }

    @ReadOperation
    public Map<String, Long> counts() {
        return deadLetterQueues.counts();
    }

    /** @param consumer the consumer's topology name or processing group, e.g. {@code ticket-purchase} */
    @WriteOperation
    public Map<String, Object> redrive(@Selector String consumer) {
        var queue = deadLetterQueues
                .find(consumer)
                .orElseThrow(() -> new IllegalArgumentException("No consumer " + consumer + " in this deployable"));
        int moved = deadLetterQueues.redrive(queue);
        return Map.of("consumer", queue.name(), "redriven", moved);
    }
}
