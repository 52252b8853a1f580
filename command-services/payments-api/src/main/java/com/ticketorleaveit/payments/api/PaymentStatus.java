package com.ticketorleaveit.payments.api;

/** Where a payment stands. */
public enum PaymentStatus {
    REQUESTED,
    APPROVED,
    DECLINED,
    FAILED,
    /** Approved, and its refund is under way. */
    REFUND_PENDING,
    REFUNDED
}
