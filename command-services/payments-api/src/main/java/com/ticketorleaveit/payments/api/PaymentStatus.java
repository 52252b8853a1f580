package com.ticketorleaveit.payments.api;

/** Where a payment stands. */
public enum PaymentStatus {
    REQUESTED,
    APPROVED,
    DECLINED,
    FAILED
}
