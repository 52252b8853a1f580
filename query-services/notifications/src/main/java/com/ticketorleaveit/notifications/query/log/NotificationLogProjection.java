package com.ticketorleaveit.notifications.query.log;

import com.ticketorleaveit.notifications.api.NotificationDelivered;
import com.ticketorleaveit.notifications.api.NotificationDeliveryFailed;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.platform.metrics.Tally;
import com.ticketorleaveit.users.api.UserDeactivated;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code notifications_log}. Idempotent: a request inserts once and an outcome only moves a notification that
 * is still requested, so redelivered or replayed events leave the same rows. {@code ticketing.notifications{outcome}}
 * counts the mails delivered ({@code DELIVERED}) and given up on ({@code FAILED}), once each batch committed and never
 * in a replay (ADR 24).
 */
@Component
@ProcessingGroup(NotificationLogProjection.PROCESSING_GROUP)
class NotificationLogProjection {

    static final String PROCESSING_GROUP = "notifications-log";
    static final int PAGE = 100;

    private static final RowMapper<NotificationView> ROW = (rs, row) -> new NotificationView(
            rs.getObject("id", UUID.class),
            rs.getObject("recipient_user_id", UUID.class),
            rs.getString("recipient_email"),
            NotificationKind.valueOf(rs.getString("kind")),
            rs.getObject("subject_id", UUID.class),
            rs.getString("status"),
            rs.getString("failure_reason"),
            instant(rs, "requested_at"),
            instant(rs, "delivered_at"),
            instant(rs, "failed_at"));

    static final String OUTCOMES = "ticketing.notifications";

    private final JdbcTemplate jdbc;
    private final Counter delivered;
    private final Counter failed;

    NotificationLogProjection(JdbcTemplate jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.delivered = outcome(registry, "DELIVERED");
        this.failed = outcome(registry, "FAILED");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder(OUTCOMES)
                .description("Mails delivered, and mails given up on")
                .tag("outcome", outcome)
                .register(registry);
    }

    @EventHandler
    void on(NotificationRequested event, @Timestamp Instant at) {
        jdbc.update(
                """
                insert into notifications_log
                    (id, recipient_user_id, recipient_email, kind, subject_id, status, requested_at)
                values (?, ?, ?, ?, ?, 'REQUESTED', ?)
                on conflict (id) do nothing
                """,
                event.notificationId().value(),
                event.recipientUserId(),
                event.recipientEmail(),
                event.kind().name(),
                event.subjectId(),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(NotificationDelivered event) {
        jdbc.update(
                "update notifications_log set status = 'DELIVERED', delivered_at = ? where id = ? and status = 'REQUESTED'",
                java.sql.Timestamp.from(event.deliveredAt()),
                event.notificationId().value());
        Tally.afterCommit(delivered::increment);
    }

    @EventHandler
    void on(NotificationDeliveryFailed event, @Timestamp Instant at) {
        jdbc.update(
                """
                update notifications_log set status = 'FAILED', failure_reason = ?, failed_at = ?
                 where id = ? and status = 'REQUESTED'
                """,
                event.reason(),
                java.sql.Timestamp.from(at),
                event.notificationId().value());
        Tally.afterCommit(failed::increment);
    }

    /** A closed account's address is forgotten (ADR 23); what was sent, and when, stays. */
    @EventHandler
    void on(UserDeactivated event) {
        jdbc.update(
                "update notifications_log set recipient_email = null where recipient_user_id = ?",
                event.userId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from notifications_log");
    }

    /** Newest first; a null recipient means anyone's, a null subject any subject. */
    List<NotificationView> find(UUID recipientUserId, UUID subjectId) {
        var sql = new StringBuilder("select * from notifications_log where true");
        List<Object> arguments = new ArrayList<>();
        if (recipientUserId != null) {
            sql.append(" and recipient_user_id = ?");
            arguments.add(recipientUserId);
        }
        if (subjectId != null) {
            sql.append(" and subject_id = ?");
            arguments.add(subjectId);
        }
        sql.append(" order by requested_at desc, id limit ").append(PAGE);
        return jdbc.query(sql.toString(), ROW, arguments.toArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
