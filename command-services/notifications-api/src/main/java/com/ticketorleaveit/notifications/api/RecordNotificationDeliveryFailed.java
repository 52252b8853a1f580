package com.ticketorleaveit.notifications.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that delivery gave up after its retries. */
public record RecordNotificationDeliveryFailed(
        @TargetAggregateIdentifier NotificationId notificationId, String reason) {}
