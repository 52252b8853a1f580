package com.ticketorleaveit.tickets.query.orders;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderReserved;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderProjectionTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final OrderProjection projection =
            new OrderProjection(jdbc, new OrderWaiter(Duration.ofSeconds(1), Duration.ofSeconds(1), () -> true));

    @Test
    void showsTheAmountDueOfAReservedOrderButNeverTakesAnEndedOrderBackToReserved() {
        var order = OrderId.random();

        projection.on(new OrderReserved(order, 9000, "EUR", UUID.randomUUID(), UUID.randomUUID(), 2, "tok"));

        verify(jdbc)
                .update(
                        contains("status = case when status = 'PENDING' then 'RESERVED' else status end"),
                        eq(9000L),
                        eq("EUR"),
                        eq(order.value()));
    }
}
