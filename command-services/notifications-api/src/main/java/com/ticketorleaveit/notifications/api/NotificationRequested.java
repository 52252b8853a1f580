package com.ticketorleaveit.notifications.api;

import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An email is due; delivery picks it up from the broker. */
@Revision("1")
public record NotificationRequested(
        NotificationId notificationId,
        UUID recipientUserId,
        String recipientEmail,
        NotificationKind kind,
        UUID subjectId,
        Map<String, String> parameters) {}
