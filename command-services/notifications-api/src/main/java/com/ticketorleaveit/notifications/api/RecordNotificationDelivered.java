package com.ticketorleaveit.notifications.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the mail server accepted the email. */
public record RecordNotificationDelivered(
        @TargetAggregateIdentifier NotificationId notificationId, Instant deliveredAt) {}
