package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.platform.metrics.Tally;
import com.ticketorleaveit.tickets.api.OrderStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The purchase funnel, counted where the orders read model sees an order change (ADR 24):
 * {@code ticketing.orders{status}} counts the orders that reached each status ({@code PENDING} is an order placed),
 * {@code ticketing.orders.confirmation} times an order from its placement to its confirmation. An increment after the
 * batch committed, never in a replay: no query when Prometheus scrapes.
 */
@Component
class OrderFunnel {

    static final String ORDERS = "ticketing.orders";
    static final String CONFIRMATION = "ticketing.orders.confirmation";

    private static final Duration[] CONFIRMATION_BUCKETS = {
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        Duration.ofMinutes(10)
    };

    private final Map<OrderStatus, Counter> reached = new EnumMap<>(OrderStatus.class);
    private final Timer confirmation;

    OrderFunnel(MeterRegistry registry) {
        // every status from the start, so that the first order of each is an increase and not a new series
        for (OrderStatus status : OrderStatus.values()) {
            reached.put(
                    status,
                    Counter.builder(ORDERS)
                            .description("Orders that reached a status")
                            .tag("status", status.name())
                            .register(registry));
        }
        confirmation = Timer.builder(CONFIRMATION)
                .description("From an order's placement to its confirmation")
                .serviceLevelObjectives(CONFIRMATION_BUCKETS)
                .register(registry);
    }

    void reached(OrderStatus status) {
        Tally.afterCommit(reached.get(status)::increment);
    }

    void confirmed(Instant placedAt, Instant confirmedAt) {
        reached(OrderStatus.CONFIRMED);
        if (placedAt != null && !confirmedAt.isBefore(placedAt)) {
            Tally.afterCommit(() -> confirmation.record(Duration.between(placedAt, confirmedAt)));
        }
    }
}
