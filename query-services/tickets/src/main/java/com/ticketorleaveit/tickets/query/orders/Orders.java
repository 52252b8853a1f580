package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.tickets.api.OrderStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code tickets_orders}; every read is a short query of its own, never a held connection. */
@Repository
class Orders {

    private final JdbcTemplate jdbc;

    Orders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An order with its buyer, so the caller can decide who may see it. */
    record OwnedOrder(UUID customerId, OrderView view) {

        OwnedOrder withTickets(List<OrderView.Ticket> tickets) {
            return new OwnedOrder(
                    customerId,
                    new OrderView(
                            view.id(),
                            view.status(),
                            view.eventId(),
                            view.tierId(),
                            view.quantity(),
                            view.amountMinor(),
                            view.currency(),
                            tickets,
                            view.failureReason()));
        }
    }

    /**
     * The order row is read before its tickets: the projection writes a confirmation's status and tickets in one
     * transaction, so once the row says CONFIRMED the tickets are visible too. The other way round, a confirmation
     * committed between the two reads would show a confirmed order without tickets.
     */
    Optional<OwnedOrder> find(UUID orderId) {
        return jdbc
                .query(
                        """
                        select order_id, customer_id, event_id, tier_id, quantity, status, amount_minor, currency,
                            failure_reason
                        from tickets_orders where order_id = ?""",
                        (rs, row) -> new OwnedOrder(
                                rs.getObject("customer_id", UUID.class),
                                new OrderView(
                                        rs.getObject("order_id", UUID.class),
                                        OrderStatus.valueOf(rs.getString("status")),
                                        rs.getObject("event_id", UUID.class),
                                        rs.getObject("tier_id", UUID.class),
                                        rs.getInt("quantity"),
                                        rs.getObject("amount_minor", Long.class),
                                        rs.getString("currency"),
                                        List.of(),
                                        rs.getString("failure_reason"))),
                        orderId)
                .stream()
                .findFirst()
                .map(order ->
                        WITH_TICKETS.contains(order.view().status()) ? order.withTickets(tickets(orderId)) : order);
    }

    /** An order has tickets from its confirmation on; a waiting client's repeated look at a pending one is one query. */
    private static final Set<OrderStatus> WITH_TICKETS =
            EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);

    private List<OrderView.Ticket> tickets(UUID orderId) {
        return jdbc
                .queryForList(
                        "select code from tickets_order_tickets where order_id = ? order by position",
                        String.class,
                        orderId)
                .stream()
                .map(OrderView.Ticket::new)
                .toList();
    }
}
