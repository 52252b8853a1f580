package com.ticketorleaveit.tickets.query.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.ticketorleaveit.tickets.api.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

class OrdersTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();

    @Test
    void neverAnswersAConfirmedOrderWithoutItsTickets() {
        var database = new Database(OrderStatus.RESERVED, List.of());
        database.confirmAfterTheFirstRead(List.of("CODEONE", "CODETWO"));

        var order = new Orders(database).find(ORDER).orElseThrow().view();

        assertThat(order)
                .satisfiesAnyOf(
                        read -> assertThat(read.status()).isNotEqualTo(OrderStatus.CONFIRMED),
                        read -> assertThat(read.tickets()).hasSize(2));
        // seen reserved: its tickets are not even asked for
        assertThat(database.statements).hasSize(1);
    }

    @Test
    void readsAConfirmedOrderWithItsTicketsInOrder() {
        var database = new Database(OrderStatus.CONFIRMED, List.of("CODEONE", "CODETWO"));

        var found = new Orders(database).find(ORDER).orElseThrow();

        assertThat(found.customerId()).isEqualTo(CUSTOMER);
        assertThat(found.view().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(found.view().tickets())
                .containsExactly(new OrderView.Ticket("CODEONE"), new OrderView.Ticket("CODETWO"));
    }

    @Test
    void findsNoOrderThatIsNotProjected() {
        var database = new Database(null, List.of());

        assertThat(new Orders(database).find(ORDER)).isEmpty();
    }

    /**
     * The two tables of one order, answering the statements {@link Orders} sends; a confirmation can commit, as the
     * projection does, the status and the tickets at once.
     */
    private static final class Database extends JdbcTemplate {

        private final List<String> statements = new ArrayList<>();
        private OrderStatus status;
        private List<String> codes;
        private List<String> confirmedCodes;

        Database(OrderStatus status, List<String> codes) {
            this.status = status;
            this.codes = codes;
        }

        void confirmAfterTheFirstRead(List<String> ticketCodes) {
            confirmedCodes = ticketCodes;
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
            assertThat(sql).contains("from tickets_orders");
            List<T> rows = new ArrayList<>();
            if (status != null) {
                try {
                    rows.add(rowMapper.mapRow(orderRow(), 0));
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            }
            read(sql);
            return rows;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> queryForList(String sql, Class<T> elementType, Object... args) {
            assertThat(sql).contains("from tickets_order_tickets");
            List<T> rows = (List<T>) List.copyOf(codes);
            read(sql);
            return rows;
        }

        private void read(String sql) {
            statements.add(sql);
            if (statements.size() == 1 && confirmedCodes != null) {
                status = OrderStatus.CONFIRMED;
                codes = confirmedCodes;
            }
        }

        private ResultSet orderRow() throws SQLException {
            ResultSet row = mock(ResultSet.class);
            when(row.getObject("order_id", UUID.class)).thenReturn(ORDER);
            when(row.getObject("customer_id", UUID.class)).thenReturn(CUSTOMER);
            when(row.getObject("event_id", UUID.class)).thenReturn(UUID.randomUUID());
            when(row.getObject("tier_id", UUID.class)).thenReturn(UUID.randomUUID());
            when(row.getInt("quantity")).thenReturn(2);
            when(row.getString("status")).thenReturn(status.name());
            when(row.getObject("amount_minor", Long.class)).thenReturn(5000L);
            when(row.getString("currency")).thenReturn("EUR");
            return row;
        }
    }
}
