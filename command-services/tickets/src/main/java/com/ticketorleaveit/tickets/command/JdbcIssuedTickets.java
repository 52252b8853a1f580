package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.tickets.api.OrderId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIssuedTickets implements IssuedTickets {

    private final JdbcTemplate jdbc;

    JdbcIssuedTickets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void issued(OrderId orderId, UUID tierId, UUID eventId, List<String> codes) {
        jdbc.batchUpdate(
                "INSERT INTO tickets_issued_tickets (code, order_id, tier_id, event_id) VALUES (?, ?, ?, ?)",
                codes.stream()
                        .map(code -> new Object[] {code, orderId.value(), tierId, eventId})
                        .toList());
    }

    @Override
    public Optional<IssuedTicket> byCode(String code) {
        return jdbc
                .query(
                        "SELECT order_id, tier_id, event_id FROM tickets_issued_tickets WHERE code = ?",
                        (row, i) -> new IssuedTicket(
                                code,
                                new OrderId(row.getObject(1, UUID.class)),
                                row.getObject(2, UUID.class),
                                row.getObject(3, UUID.class)),
                        code)
                .stream()
                .findFirst();
    }
}
