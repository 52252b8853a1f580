package com.ticketorleaveit.notifications.api;

/** What a notification is about. */
public enum NotificationKind {
    ORDER_CONFIRMED,
    ORDER_REJECTED,
    ORDER_PAYMENT_FAILED,
    ORDER_EXPIRED,
    /** A cancelled order's money went back to its buyer. */
    ORDER_REFUNDED
}
