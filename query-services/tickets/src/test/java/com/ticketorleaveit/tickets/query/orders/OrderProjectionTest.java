package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderCancelled;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderRefunded;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.context.request.async.DeferredResult;

class OrderProjectionTest {

    private static final Instant CANCELLED_AT = Instant.parse("2030-01-02T09:00:00Z");
    private static final Instant REFUNDED_AT = Instant.parse("2030-01-02T09:00:05Z");

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    /** Looks again only when told, so that an answer comes from the projection saying the order changed. */
    private final OrderWaiter waiter = new OrderWaiter(Duration.ofHours(1), Duration.ofHours(1), () -> true);

    private final OrderProjection projection =
            new OrderProjection(jdbc, waiter, new OrderFunnel(new SimpleMeterRegistry()));
    private final OrderId order = OrderId.random();

    @AfterEach
    void stop() {
        waiter.destroy();
    }

    @Test
    void showsTheAmountDueOfAReservedOrderButNeverTakesAnEndedOrderBackToReserved() {
        projection.on(new OrderReserved(order, 9000, "EUR", UUID.randomUUID(), UUID.randomUUID(), 2, "tok"));

        verify(jdbc)
                .update(
                        contains("status = case when status = 'PENDING' then 'RESERVED' else status end"),
                        eq(9000L),
                        eq("EUR"),
                        eq(order.value()));
    }

    @Test
    void neverTakesACancelledOrRefundedOrderBackToConfirmedWhenTheConfirmationIsSeenAgain() {
        projection.on(aConfirmation(), Instant.now());

        verify(jdbc)
                .query(
                        contains("status = case when status in ('CANCELLED', 'REFUNDED') then status else 'CONFIRMED'"),
                        any(RowMapper.class),
                        eq(9000L),
                        eq("EUR"),
                        eq(order.value()));
    }

    @Test
    void cancelsOnlyAConfirmedExpiredOrReservedOrderRecordingWhenAndWhy() {
        projection.on(aCancellation(), CANCELLED_AT);

        verify(jdbc)
                .update(
                        contains("where order_id = ? and status in (?, ?, ?)"),
                        eq("CANCELLED"),
                        eq(Timestamp.from(CANCELLED_AT)),
                        eq("CUSTOMER_REQUEST"),
                        eq(order.value()),
                        eq("CONFIRMED"),
                        eq("EXPIRED"),
                        eq("RESERVED"));
    }

    @Test
    void voidsTheTicketsOfACancelledOrder() {
        projection.on(aCancellation(), CANCELLED_AT);

        verify(jdbc).update(contains("set valid = false where order_id = ?"), eq(order.value()));
    }

    @Test
    void keepsTheFirstRefundRecordedAndVoidsTheOrdersTickets() {
        projection.on(aRefund(), REFUNDED_AT);

        verify(jdbc)
                .update(
                        contains("where order_id = ? and status <> ?"),
                        eq("REFUNDED"),
                        eq(Timestamp.from(REFUNDED_AT)),
                        eq(9000L),
                        eq("CUSTOMER_REQUEST"),
                        eq(order.value()),
                        eq("REFUNDED"));
        verify(jdbc).update(contains("set valid = false where order_id = ?"), eq(order.value()));
    }

    @Test
    void aRefundAnswersTheRequestWaitingForIt() {
        AtomicReference<OrderStatus> projected = new AtomicReference<>(OrderStatus.CANCELLED);
        AtomicInteger looks = new AtomicInteger();
        DeferredResult<OrderStatus> waiting = waiter.await(
                order.value(),
                () -> {
                    looks.incrementAndGet();
                    return Optional.of(projected.get());
                },
                WaitCondition.parse("REFUNDED", null).reached(),
                Duration.ofSeconds(10),
                () -> new IllegalStateException("not found"));
        // the first look, and the second one right after the request was registered
        await().atMost(Duration.ofSeconds(2)).until(() -> looks.get() == 2);
        assertThat(waiting.hasResult()).isFalse();

        projected.set(OrderStatus.REFUNDED);
        projection.on(aRefund(), REFUNDED_AT);

        await().atMost(Duration.ofSeconds(2)).until(waiting::hasResult);
        assertThat(waiting.getResult()).isEqualTo(OrderStatus.REFUNDED);
    }

    private OrderConfirmed aConfirmation() {
        return new OrderConfirmed(
                order,
                UUID.randomUUID(),
                "bob@example.test",
                UUID.randomUUID(),
                UUID.randomUUID(),
                2,
                9000,
                "EUR",
                List.of("CODEONE", "CODETWO"));
    }

    private OrderCancelled aCancellation() {
        UUID customer = UUID.randomUUID();
        return new OrderCancelled(
                order,
                customer,
                "bob@example.test",
                UUID.randomUUID(),
                UUID.randomUUID(),
                2,
                9000,
                "EUR",
                customer,
                CancellationReason.CUSTOMER_REQUEST);
    }

    private OrderRefunded aRefund() {
        return new OrderRefunded(
                order,
                UUID.randomUUID(),
                "bob@example.test",
                UUID.randomUUID(),
                9000,
                "EUR",
                CancellationReason.CUSTOMER_REQUEST);
    }
}
