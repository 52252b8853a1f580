package com.ticketorleaveit.notifications.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The mail server accepted the email. */
@Revision("1")
public record NotificationDelivered(NotificationId notificationId, Instant deliveredAt) {}
