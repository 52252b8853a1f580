package com.ticketorleaveit.tickets.api;

/** The life cycle of an order. */
public enum OrderStatus {
    PENDING,
    RESERVED,
    /** Paid, tickets not issued yet; the order is then confirmed, never expired or failed. */
    PAID,
    CONFIRMED,
    REJECTED,
    PAYMENT_FAILED,
    EXPIRED,
    CANCELLED,
    REFUNDED;

    public boolean isTerminal() {
        return this != PENDING && this != RESERVED && this != PAID;
    }
}
