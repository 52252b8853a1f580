package com.ticketorleaveit.queryservices.refunds;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads who organizes an event from the catalog ({@code events_catalog}) and counts its orders in the order read model
 * ({@code tickets_orders}, through its index by event); each is one short query.
 */
@Repository
class EventRefunds {

    private final JdbcTemplate jdbc;

    EventRefunds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user who organizes the event, or empty when the catalog does not know the event. */
    Optional<UUID> organizerOf(UUID eventId) {
        return jdbc
                .query(
                        "select organizer_user_id from events_catalog where event_id = ?",
                        (rs, row) -> rs.getObject("organizer_user_id", UUID.class),
                        eventId)
                .stream()
                .findFirst();
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
