package com.ticketorleaveit.tickets.query.orders;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaid;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderProjectionTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final OrderProjection projection = new OrderProjection(jdbc);

    @Test
    void showsAPaidOrderAsPaidUnlessItMovedOnAlready() {
        var order = OrderId.random();

        projection.on(new OrderPaid(order));

        verify(jdbc)
                .update(
                        contains("set status = ? where order_id = ? and status in (?, ?)"),
                        eq("PAID"),
                        eq(order.value()),
                        eq("PENDING"),
                        eq("RESERVED"));
    }
}
