package com.ticketorleaveit.payments.api;

/** Error codes of the payments context. */
public final class PaymentErrors {

    public static final String PAYMENT_NOT_FOUND = "PAYMENT_NOT_FOUND";
    public static final String INVALID_PAYMENT_AMOUNT = "INVALID_PAYMENT_AMOUNT";
    /** Only an approved payment can be refunded. */
    public static final String PAYMENT_NOT_REFUNDABLE = "PAYMENT_NOT_REFUNDABLE";

    private PaymentErrors() {}
}
