package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ticketorleaveit.tickets.api.OrderStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.async.DeferredResult;

class OrderWaiterTest {

    private final OrderWaiter waiter = new OrderWaiter();
    private final AtomicReference<OrderStatus> projected = new AtomicReference<>();

    @AfterEach
    void stop() {
        waiter.destroy();
    }

    private DeferredResult<OrderStatus> waitForConfirmation(Duration timeout) {
        return waiter.await(
                () -> Optional.ofNullable(projected.get()),
                status -> status == OrderStatus.CONFIRMED,
                timeout,
                () -> new IllegalStateException("not found"));
    }

    @Test
    void answersAtOnceWhenTheConditionAlreadyHolds() {
        projected.set(OrderStatus.CONFIRMED);

        assertThat(waitForConfirmation(Duration.ofSeconds(5)).getResult()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void answersAsSoonAsTheOrderGetsThere() {
        projected.set(OrderStatus.RESERVED);
        DeferredResult<OrderStatus> result = waitForConfirmation(Duration.ofSeconds(10));
        assertThat(result.hasResult()).isFalse();

        projected.set(OrderStatus.CONFIRMED);

        await().atMost(Duration.ofSeconds(2)).until(result::hasResult);
        assertThat(result.getResult()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void answersWithTheCurrentStateWhenTheTimeoutPasses() {
        projected.set(OrderStatus.RESERVED);

        DeferredResult<OrderStatus> result = waitForConfirmation(Duration.ofMillis(200));

        await().atMost(Duration.ofSeconds(2)).until(result::hasResult);
        assertThat(result.getResult()).isEqualTo(OrderStatus.RESERVED);
    }

    @Test
    void failsWithNotFoundWhenTheOrderNeverAppears() {
        DeferredResult<OrderStatus> result = waitForConfirmation(Duration.ofMillis(200));

        await().atMost(Duration.ofSeconds(2)).until(result::hasResult);
        assertThat(result.getResult()).isInstanceOf(IllegalStateException.class);
    }
}
