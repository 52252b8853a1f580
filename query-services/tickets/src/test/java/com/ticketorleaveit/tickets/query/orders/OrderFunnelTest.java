package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.tickets.api.OrderStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderFunnelTest {

    private static final Instant PLACED = Instant.parse("2030-01-01T12:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OrderFunnel funnel = new OrderFunnel(registry);

    @Test
    void showsEveryStatusAtZeroBeforeAnyOrderReachesIt() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(reached(status)).as("%s", status).isZero();
        }
    }

    @Test
    void countsEachOrderThatReachesAStatus() {
        funnel.reached(OrderStatus.PENDING);
        funnel.reached(OrderStatus.PENDING);
        funnel.reached(OrderStatus.REJECTED);

        assertThat(reached(OrderStatus.PENDING)).isEqualTo(2);
        assertThat(reached(OrderStatus.REJECTED)).isEqualTo(1);
    }

    @Test
    void timesAnOrderFromItsPlacementToItsConfirmation() {
        funnel.confirmed(PLACED, PLACED.plusMillis(750));

        var confirmation = registry.get(OrderFunnel.CONFIRMATION).timer();
        assertThat(reached(OrderStatus.CONFIRMED)).isEqualTo(1);
        assertThat(confirmation.count()).isEqualTo(1);
        assertThat(confirmation.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(750);
    }

    private double reached(OrderStatus status) {
        return registry.get(OrderFunnel.ORDERS)
                .tag("status", status.name())
                .counter()
                .count();
    }
}
