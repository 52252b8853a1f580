package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ticketorleaveit.tickets.api.OrderStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.async.DeferredResult;

class OrderWaiterTest {

    private static final UUID ORDER = UUID.randomUUID();

    /** Looks again only when told, so that each answer below comes from the step under test. */
    private final OrderWaiter waiter = new OrderWaiter(Duration.ofHours(1), Duration.ofHours(1), () -> true);

    private final AtomicReference<OrderStatus> projected = new AtomicReference<>();
    private final AtomicInteger looks = new AtomicInteger();

    @AfterEach
    void stop() {
        waiter.destroy();
    }

    private DeferredResult<OrderStatus> waitForConfirmation(Duration timeout) {
        return waiter.await(
                ORDER,
                () -> {
                    looks.incrementAndGet();
                    return Optional.ofNullable(projected.get());
                },
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
    void answersAsSoonAsTheProjectionSaysTheOrderGotThere() {
        projected.set(OrderStatus.RESERVED);
        DeferredResult<OrderStatus> result = waitForConfirmation(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(2)).until(() -> looks.get() == 2);
        assertThat(result.hasResult()).isFalse();

        projected.set(OrderStatus.CONFIRMED);
        waiter.changed(ORDER);

        await().atMost(Duration.ofSeconds(2)).until(result::hasResult);
        assertThat(result.getResult()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(waiter.waiting()).isZero();
    }

    @Test
    void aChangeOfAnotherOrderWakesNobody() throws Exception {
        projected.set(OrderStatus.RESERVED);
        DeferredResult<OrderStatus> result = waitForConfirmation(Duration.ofSeconds(10));
        // the first look, and the second one right after the request was registered
        await().atMost(Duration.ofSeconds(2)).until(() -> looks.get() == 2);

        projected.set(OrderStatus.CONFIRMED);
        waiter.changed(UUID.randomUUID());
        Thread.sleep(200);

        assertThat(result.hasResult()).isFalse();
        assertThat(waiter.waiting()).isEqualTo(1);
    }

    @Test
    void looksAgainOnItsOwnWhereAnotherReplicaProjects() {
        OrderWaiter polling = new OrderWaiter(Duration.ofHours(1), Duration.ofMillis(50), () -> false);
        projected.set(OrderStatus.RESERVED);
        DeferredResult<OrderStatus> result = polling.await(
                ORDER,
                () -> Optional.ofNullable(projected.get()),
                status -> status == OrderStatus.CONFIRMED,
                Duration.ofSeconds(10),
                () -> new IllegalStateException("not found"));

        projected.set(OrderStatus.CONFIRMED);

        await().atMost(Duration.ofSeconds(2)).until(result::hasResult);
        assertThat(result.getResult()).isEqualTo(OrderStatus.CONFIRMED);
        polling.destroy();
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
