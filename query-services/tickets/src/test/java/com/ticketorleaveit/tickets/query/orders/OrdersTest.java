package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.tickets.api.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

class OrdersTest {

    private static final UUID CUSTOMER = UUID.randomUUID();

    private final Database database = new Database();
    private final Orders orders = new Orders(database);

    @Test
    void neverAnswersAConfirmedOrderWithoutItsTickets() {
        UUID order = database.add(OrderStatus.RESERVED);
        database.confirmAfterTheFirstRead(order, "CODEONE", "CODETWO");

        var found = orders.find(order).orElseThrow().view();

        assertThat(found)
                .satisfiesAnyOf(
                        read -> assertThat(read.status()).isNotEqualTo(OrderStatus.CONFIRMED),
                        read -> assertThat(read.tickets()).hasSize(2));
        // seen reserved: its tickets are not even asked for
        assertThat(database.statements).hasSize(1);
    }

    @Test
    void readsAConfirmedOrderWithItsTicketsInOrder() {
        UUID order = database.add(OrderStatus.CONFIRMED, valid("CODEONE"), valid("CODETWO"));

        var found = orders.find(order).orElseThrow();

        assertThat(found.customerId()).isEqualTo(CUSTOMER);
        assertThat(found.view().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(found.view().tickets()).containsExactly(valid("CODEONE"), valid("CODETWO"));
    }

    @Test
    void showsTheTicketsOfARefundedOrderAsVoid() {
        UUID order = database.add(OrderStatus.REFUNDED, voided("CODEONE"));

        assertThat(orders.find(order).orElseThrow().view().tickets()).containsExactly(voided("CODEONE"));
    }

    @Test
    void findsNoOrderThatIsNotProjected() {
        assertThat(orders.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void readsTheTicketsOfAWholePageInOneQueryAndGivesEachOrderItsOwn() {
        UUID confirmed = database.add(OrderStatus.CONFIRMED, valid("CODEONE"), valid("CODETWO"));
        UUID reserved = database.add(OrderStatus.RESERVED);
        UUID cancelled = database.add(OrderStatus.CANCELLED, voided("CODETHREE"));

        var page = orders.ofCustomer(CUSTOMER, Optional.empty(), 0, 20);

        assertThat(page).extracting(OrderView::id).containsExactly(confirmed, reserved, cancelled);
        assertThat(page.get(0).tickets()).containsExactly(valid("CODEONE"), valid("CODETWO"));
        assertThat(page.get(1).tickets()).isEmpty();
        assertThat(page.get(2).tickets()).containsExactly(voided("CODETHREE"));
        assertThat(database.statements).hasSize(2);
        // only the orders that can have tickets are asked about
        assertThat((String[]) database.arguments.get(1)[0])
                .containsExactlyInAnyOrder(confirmed.toString(), cancelled.toString());
    }

    @Test
    void asksForNoTicketsWhenNoOrderOfThePageHasAny() {
        database.add(OrderStatus.RESERVED);
        database.add(OrderStatus.EXPIRED);

        assertThat(orders.ofCustomer(CUSTOMER, Optional.empty(), 0, 20)).hasSize(2);
        assertThat(database.statements).hasSize(1);
    }

    @Test
    void neverListsAConfirmedOrderWithoutItsTickets() {
        UUID order = database.add(OrderStatus.RESERVED);
        database.add(OrderStatus.CONFIRMED, valid("CODEONE"));
        database.confirmAfterTheFirstRead(order, "CODETWO", "CODETHREE");

        var page = orders.ofCustomer(CUSTOMER, Optional.empty(), 0, 20);

        assertThat(page).allSatisfy(read -> assertThat(read)
                .satisfiesAnyOf(
                        seen -> assertThat(seen.status()).isNotEqualTo(OrderStatus.CONFIRMED),
                        seen -> assertThat(seen.tickets()).isNotEmpty()));
    }

    @Test
    void asksForTheCustomersOrdersOfTheStatusNewestFirstOnThePageAsked() {
        orders.ofCustomer(CUSTOMER, Optional.of(OrderStatus.REFUNDED), 3, 25);

        assertThat(database.statements.get(0))
                .contains("where customer_id = ? and status = ?")
                .contains("order by placed_at desc, order_id limit ? offset ?");
        assertThat(database.arguments.get(0)).containsExactly(CUSTOMER, "REFUNDED", 25, 75L);
    }

    private static OrderView.Ticket valid(String code) {
        return new OrderView.Ticket(code, true);
    }

    private static OrderView.Ticket voided(String code) {
        return new OrderView.Ticket(code, false);
    }

    /**
     * The two tables of one customer's orders, answering the statements {@link Orders} sends, orders in the order they
     * were added; a confirmation can commit, as the projection does, the status and the tickets at once.
     */
    private static final class Database extends JdbcTemplate {

        private record Order(OrderStatus status, List<OrderView.Ticket> tickets) {}

        private final Map<UUID, Order> orders = new LinkedHashMap<>();
        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();
        private Runnable afterTheFirstRead = () -> {};

        UUID add(OrderStatus status, OrderView.Ticket... tickets) {
            UUID id = UUID.randomUUID();
            orders.put(id, new Order(status, List.of(tickets)));
            return id;
        }

        void confirmAfterTheFirstRead(UUID order, String... ticketCodes) {
            afterTheFirstRead = () -> orders.put(
                    order,
                    new Order(
                            OrderStatus.CONFIRMED,
                            List.of(ticketCodes).stream().map(OrdersTest::valid).toList()));
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
            List<T> rows = new ArrayList<>();
            try {
                if (sql.contains("from tickets_orders")) {
                    for (var order : orders.entrySet()) {
                        if (!sql.contains("where order_id = ?")
                                || order.getKey().equals(args[0])) {
                            rows.add(rowMapper.mapRow(orderRow(order.getKey(), order.getValue()), rows.size()));
                        }
                    }
                } else {
                    assertThat(sql).contains("from tickets_order_tickets");
                    Set<String> asked = Set.of((String[]) args[0]);
                    for (var order : orders.entrySet()) {
                        if (asked.contains(order.getKey().toString())) {
                            for (var ticket : order.getValue().tickets()) {
                                rows.add(rowMapper.mapRow(ticketRow(order.getKey(), ticket), rows.size()));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            statements.add(sql);
            arguments.add(args);
            if (statements.size() == 1) {
                afterTheFirstRead.run();
            }
            return rows;
        }

        private static ResultSet orderRow(UUID id, Order order) throws SQLException {
            ResultSet row = mock(ResultSet.class);
            when(row.getObject("order_id", UUID.class)).thenReturn(id);
            when(row.getObject("customer_id", UUID.class)).thenReturn(CUSTOMER);
            when(row.getObject("event_id", UUID.class)).thenReturn(UUID.randomUUID());
            when(row.getObject("tier_id", UUID.class)).thenReturn(UUID.randomUUID());
            when(row.getInt("quantity")).thenReturn(2);
            when(row.getString("status")).thenReturn(order.status().name());
            when(row.getObject("amount_minor", Long.class)).thenReturn(5000L);
            when(row.getString("currency")).thenReturn("EUR");
            when(row.getTimestamp("placed_at")).thenReturn(Timestamp.from(Instant.parse("2030-01-01T10:00:00Z")));
            return row;
        }

        private static ResultSet ticketRow(UUID orderId, OrderView.Ticket ticket) throws SQLException {
            ResultSet row = mock(ResultSet.class);
            when(row.getObject("order_id", UUID.class)).thenReturn(orderId);
            when(row.getString("code")).thenReturn(ticket.code());
            when(row.getBoolean("valid")).thenReturn(ticket.valid());
            return row;
        }
    }
}
