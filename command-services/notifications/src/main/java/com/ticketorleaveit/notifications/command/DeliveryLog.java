package com.ticketorleaveit.notifications.command;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import java.sql.Timestamp;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notifications whose email went out. The row is written in the same transaction as the delivery event, so
 * delivery can ask it, before sending, whether a redelivered request was already served.
 */
@Component
class DeliveryLog {

    private final Repository<Notification> notifications;
    private final JdbcTemplate jdbc;

    DeliveryLog(Repository<Notification> notifications, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    boolean delivered(NotificationId notificationId) {
        Boolean found = jdbc.queryForObject(
                "select exists (select 1 from notifications_deliveries where notification_id = ?)",
                Boolean.class,
                notificationId.value());
        return Boolean.TRUE.equals(found);
    }

    @CommandHandler
    void handle(RecordNotificationDelivered command) {
        notifications
                .load(command.notificationId().toString())
                .execute(notification -> notification.recordDelivered(command));
        jdbc.update(
                "insert into notifications_deliveries (notification_id, delivered_at) values (?, ?)"
                        + " on conflict do nothing",
                command.notificationId().value(),
                Timestamp.from(command.deliveredAt()));
    }
}
