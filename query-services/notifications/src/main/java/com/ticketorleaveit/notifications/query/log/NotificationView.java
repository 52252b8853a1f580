package com.ticketorleaveit.notifications.query.log;

import com.ticketorleaveit.notifications.api.NotificationKind;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification and its delivery.
 *
 * @param recipientEmail null once the recipient closed their account
 * @param status REQUESTED, DELIVERED or FAILED
 * @param subjectId what it is about (an order)
 */
public record NotificationView(
        UUID id,
        UUID recipientUserId,
        String recipientEmail,
        NotificationKind kind,
        UUID subjectId,
        String status,
        String failureReason,
        Instant requestedAt,
        Instant deliveredAt,
        Instant failedAt) {}
