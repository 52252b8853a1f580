package com.ticketorleaveit.notifications.api;

/** What a notification is about. */
public enum NotificationKind {
    ORDER_CONFIRMED,
    ORDER_REJECTED,
    ORDER_PAYMENT_FAILED,
    ORDER_EXPIRED,
    /** A cancelled order's money went back to its buyer. */
    ORDER_REFUNDED,
    /**
     * The order's event was cancelled by its organizer: the order is cancelled and its money is on its way back (the
     * refund, which may take a while, has its own mail).
     */
    EVENT_CANCELLED,
    /**
     * An event the user holds valid tickets for starts soon. One per user and event, whatever their orders; only for
     * users who want reminders.
     */
    EVENT_REMINDER,
    /**
     * To an organizer: a vendor booked for one of their upcoming events was deactivated. The booking stays; the
     * organizer decides what to do. One per event and deactivation.
     */
    VENDOR_DEACTIVATED,
    /**
     * A seat of a sold-out tier came back and is held for the user, first on its waiting list, until the offer runs
     * out. One per offer; the subject is the offer.
     */
    WAITING_LIST_OFFER,
    /**
     * To an account's owner: someone registered with its email address, and was answered as if it were free, so that
     * registration tells nobody which addresses have accounts. At most one an hour per account; the subject is the
     * attempt.
     */
    ACCOUNT_EXISTS
}
