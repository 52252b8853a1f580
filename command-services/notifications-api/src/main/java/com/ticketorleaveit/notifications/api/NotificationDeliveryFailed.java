package com.ticketorleaveit.notifications.api;

import org.axonframework.serialization.Revision;

/** Delivery gave up after its retries. */
@Revision("1")
public record NotificationDeliveryFailed(NotificationId notificationId, String reason) {}
