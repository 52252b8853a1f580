package com.ticketorleaveit.saga.ticketpurchase;

import com.ticketorleaveit.saga.ReadModels;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads query-services' read models of orders ({@code tickets_orders}) and payments ({@code payments_payments}) in
 * their schema ({@link ReadModels}): they are the one place where an order's status and its payment's are side by side. They trail the
 * events by moments, which the sweep's grace covers; and every command it sends is answered by the order or payment
 * itself, from its own state, so a stale row costs a command that changes nothing.
 */
@Repository
class JdbcPaidOrders implements PaidOrders {

    private final JdbcTemplate jdbc;
    private final String orders;
    private final String payments;

    JdbcPaidOrders(JdbcTemplate jdbc, ReadModels readModels) {
        this.jdbc = jdbc;
        this.orders = readModels.table("tickets_orders");
        this.payments = readModels.table("payments_payments");
    }

    @Override
    public List<PaidOrder> paidWithoutTickets(Instant approvedBefore, Instant placedAfter, int limit) {
        return jdbc.query(
                """
                select o.order_id, o.tier_id, o.quantity, o.status
                  from %s o
                  join %s p on p.order_id = o.order_id
                 where o.status in ('RESERVED', 'EXPIRED')
                   and o.placed_at > ?
                   and p.status = 'APPROVED'
                   and p.updated_at < ?
                 order by o.placed_at
                 limit ?
                """.formatted(orders, payments),
                (rs, row) -> new PaidOrder(
                        rs.getObject("order_id", UUID.class),
                        rs.getObject("tier_id", UUID.class),
                        rs.getInt("quantity"),
                        rs.getString("status")),
                Timestamp.from(placedAfter),
                Timestamp.from(approvedBefore),
                limit);
    }

    @Override
    public List<UnansweredPayment> unansweredOfEndedOrders(Instant requestedBefore, Instant requestedAfter, int limit) {
        return jdbc.query(
                """
                select p.id, p.order_id
                  from %s p
                  join %s o on o.order_id = p.order_id
                 where p.status = 'REQUESTED'
                   and p.requested_at < ?
                   and p.requested_at > ?
                   and o.status = 'EXPIRED'
                 order by p.requested_at desc
                 limit ?
                """.formatted(payments, orders),
                (rs, row) ->
                        new UnansweredPayment(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class)),
                Timestamp.from(requestedBefore),
                Timestamp.from(requestedAfter),
                limit);
    }
}
