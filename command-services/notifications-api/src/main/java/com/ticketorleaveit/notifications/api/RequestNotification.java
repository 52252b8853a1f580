package com.ticketorleaveit.notifications.api;

import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks for an email; the same notification id again changes nothing. */
public record RequestNotification(
        @TargetAggregateIdentifier NotificationId notificationId,
        UUID recipientUserId,
        String recipientEmail,
        NotificationKind kind,
        UUID subjectId,
        Map<String, String> parameters) {}
