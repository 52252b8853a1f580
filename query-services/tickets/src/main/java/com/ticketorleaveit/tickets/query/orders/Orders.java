package com.ticketorleaveit.tickets.query.orders;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code tickets_orders}; every read is a short query of its own, never a held connection.
 *
 * <p>Orders are read before their tickets: the projection writes a confirmation's status and tickets in one
 * transaction, so once a row says CONFIRMED its tickets are visible too. The other way round, a confirmation committed
 * between the two reads would show a confirmed order without tickets.
 */
@Repository
class Orders {

    private static final String ORDERS = """
            select order_id, customer_id, event_id, tier_id, quantity, status, amount_minor, currency,
                failure_reason, placed_at, cancelled_at, cancellation_reason, refunded_at, refunded_amount_minor
            from tickets_orders""";

    /** An order has tickets from its confirmation on; a waiting client's repeated look at a pending one is one query. */
    private static final Set<OrderStatus> WITH_TICKETS =
            EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);

    private final JdbcTemplate jdbc;

    Orders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An order with its buyer, so the caller can decide who may see it. */
    record OwnedOrder(UUID customerId, OrderView view) {

        OwnedOrder withTickets(List<OrderView.Ticket> tickets) {
            return new OwnedOrder(customerId, view.withTickets(tickets));
        }
    }

    Optional<OwnedOrder> find(UUID orderId) {
        return withTickets(jdbc.query(ORDERS + " where order_id = ?", Orders::order, orderId)).stream()
                .findFirst();
    }

    /**
     * One page of a customer's orders, newest first (ties by id, so that pages never overlap), with their tickets read
     * in one query for the whole page.
     *
     * @param status only orders in this status, or all
     */
    List<OrderView> ofCustomer(UUID customerId, Optional<OrderStatus> status, int page, int size) {
        List<Object> args = new ArrayList<>(filterArgs(customerId, status));
        args.add(size);
        args.add((long) page * size);
        return withTickets(jdbc.query(
                        ORDERS + filter(status) + " order by placed_at desc, order_id limit ? offset ?",
                        Orders::order,
                        args.toArray()))
                .stream()
                .map(OwnedOrder::view)
                .toList();
    }

    /** How many orders the customer has, in the status if one is given. */
    long countOfCustomer(UUID customerId, Optional<OrderStatus> status) {
        return jdbc.queryForObject(
                "select count(*) from tickets_orders" + filter(status),
                Long.class,
                filterArgs(customerId, status).toArray());
    }

    private static String filter(Optional<OrderStatus> status) {
        return status.isPresent() ? " where customer_id = ? and status = ?" : " where customer_id = ?";
    }

    private static List<Object> filterArgs(UUID customerId, Optional<OrderStatus> status) {
        return status.<List<Object>>map(wanted -> List.of(customerId, wanted.name()))
                .orElseGet(() -> List.of(customerId));
    }

    /** The orders, each with its tickets if it has any by now. */
    private List<OwnedOrder> withTickets(List<OwnedOrder> orders) {
        String[] ticketed = orders.stream()
                .map(OwnedOrder::view)
                .filter(view -> WITH_TICKETS.contains(view.status()))
                .map(view -> view.id().toString())
                .toArray(String[]::new);
        if (ticketed.length == 0) {
            return orders;
        }
        Map<UUID, List<OrderView.Ticket>> tickets = jdbc
                .query(
                        """
                        select order_id, code, valid, checked_in_at from tickets_order_tickets
                        where order_id = any(?::uuid[]) order by order_id, position""",
                        (rs, row) -> Map.entry(
                                rs.getObject("order_id", UUID.class),
                                new OrderView.Ticket(
                                        rs.getString("code"),
                                        rs.getBoolean("valid"),
                                        instantOrNull(rs.getTimestamp("checked_in_at")))),
                        (Object) ticketed)
                .stream()
                .collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        return orders.stream()
                .map(order -> order.withTickets(
                        tickets.getOrDefault(order.view().id(), order.view().tickets())))
                .toList();
    }

    private static OwnedOrder order(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("cancellation_reason");
        return new OwnedOrder(
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
                        rs.getString("failure_reason"),
                        instant(rs, "placed_at"),
                        instant(rs, "cancelled_at"),
                        reason == null ? null : CancellationReason.valueOf(reason),
                        instant(rs, "refunded_at"),
                        rs.getObject("refunded_amount_minor", Long.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instantOrNull(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
