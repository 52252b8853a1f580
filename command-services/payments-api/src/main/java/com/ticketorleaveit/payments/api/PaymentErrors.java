package com.ticketorleaveit.payments.api;

/** Error codes of the payments context. */
public final class PaymentErrors {

    public static final String PAYMENT_NOT_FOUND = "PAYMENT_NOT_FOUND";
    public static final String INVALID_PAYMENT_AMOUNT = "INVALID_PAYMENT_AMOUNT";
    /** Only an approved payment can be refunded. */
    public static final String PAYMENT_NOT_REFUNDABLE = "PAYMENT_NOT_REFUNDABLE";

    /** A provider message whose signature is missing, malformed or wrong. */
    public static final String WEBHOOK_SIGNATURE_INVALID = "WEBHOOK_SIGNATURE_INVALID";
    /** A provider message sent too long ago (or ahead): a replay. */
    public static final String WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE = "WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE";
    /** A signed provider message that is not one this system understands. */
    public static final String WEBHOOK_PAYLOAD_INVALID = "WEBHOOK_PAYLOAD_INVALID";
    /** No provider of that name sends messages here. */
    public static final String WEBHOOK_PROVIDER_UNKNOWN = "WEBHOOK_PROVIDER_UNKNOWN";

    private PaymentErrors() {}
}
