package com.ticketorleaveit.tickets.api;

/** The life cycle of an order. */
public enum OrderStatus {
    PENDING,
    RESERVED,
    CONFIRMED,
    REJECTED,
    PAYMENT_FAILED,
    EXPIRED,
    CANCELLED,
    REFUNDED;

    public boolean isTerminal() {
        return this != PENDING && this != RESERVED;
    }
}
