package com.ticketorleaveit.tickets.api;

/**
 * The life cycle of an order. An order is placed and its seats held (or it is rejected) in one step, so PENDING is
 * seen only by a reader that catches that step half-way (a read model between its two events).
 */
public enum OrderStatus {
    PENDING,
    RESERVED,
    CONFIRMED,
    REJECTED,
    PAYMENT_FAILED,
    EXPIRED,
    CANCELLED,
    REFUNDED;

    /**
     * Whether the purchase is over: the order was confirmed, or ended without tickets. A confirmed order may still be
     * cancelled and refunded later, and an expired one confirmed or refunded by a payment that came late; waiting for
     * a particular status therefore asks where the order can still go, not this.
     */
    public boolean isTerminal() {
        return this != PENDING && this != RESERVED;
    }
}
