package com.ticketorleaveit.notifications.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.ticketorleaveit.notifications.api.NotificationDelivered;
import com.ticketorleaveit.notifications.api.NotificationDeliveryFailed;
import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationRequested;
import com.ticketorleaveit.notifications.api.RecordNotificationDelivered;
import com.ticketorleaveit.notifications.api.RecordNotificationDeliveryFailed;
import com.ticketorleaveit.notifications.api.RequestNotification;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One email about one subject: requested once (its id is derived from subject and kind), then delivered or given up
 * on, once. Delivery is recorded through {@link DeliveryLog}, which keeps the set of delivered notifications.
 */
@Aggregate
class Notification {

    private enum Status {
        REQUESTED,
        DELIVERED,
        FAILED
    }

    @AggregateIdentifier
    private NotificationId notificationId;

    private Status status;

    Notification() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestNotification command) {
        if (notificationId != null) {
            return;
        }
        apply(new NotificationRequested(
                command.notificationId(),
                command.recipientUserId(),
                command.recipientEmail(),
                command.kind(),
                command.subjectId(),
                command.parameters() == null ? Map.of() : Map.copyOf(command.parameters())));
    }

    void recordDelivered(RecordNotificationDelivered command) {
        if (status == Status.REQUESTED) {
            apply(new NotificationDelivered(notificationId, command.deliveredAt()));
        }
    }

    @CommandHandler
    void handle(RecordNotificationDeliveryFailed command) {
        if (status == Status.REQUESTED) {
            apply(new NotificationDeliveryFailed(notificationId, command.reason()));
        }
    }

    @EventSourcingHandler
    void on(NotificationRequested event) {
        notificationId = event.notificationId();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(NotificationDelivered event) {
        status = Status.DELIVERED;
    }

    @EventSourcingHandler
    void on(NotificationDeliveryFailed event) {
        status = Status.FAILED;
    }
}
