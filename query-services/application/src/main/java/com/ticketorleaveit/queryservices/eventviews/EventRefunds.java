package com.ticketorleaveit.queryservices.eventviews;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counts an event's orders in the order read model ({@code tickets_orders}, through its index by event). */
@Repository
class EventRefunds {

    private final JdbcTemplate jdbc;

    EventRefunds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Both counts come from one statement, so they agree with each other. */
    RefundProgress progress(UUID eventId) {
        return jdbc.queryForObject(
                """
                select count(*) filter (where status = 'CONFIRMED'
                        or (status in ('CANCELLED', 'REFUNDED') and cancellation_reason = 'EVENT_CANCELLED')) as orders,
                    count(*) filter (where status = 'REFUNDED' and cancellation_reason = 'EVENT_CANCELLED') as refunded
                from tickets_orders where event_id = ?""", (rs, row) -> RefundProgress.of(eventId, rs.getLong("orders"), rs.getLong("refunded")), eventId);
    }
}
