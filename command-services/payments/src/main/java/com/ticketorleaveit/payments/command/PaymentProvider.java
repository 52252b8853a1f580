package com.ticketorleaveit.payments.command;

/**
 * Where money is authorized and captured. Implementations must be idempotent by key: asking again with the same
 * key returns the first answer and never charges twice.
 */
public interface PaymentProvider {

    Outcome authorize(String idempotencyKey, long amountMinor, String currency, String paymentToken);

    /** What the provider answered. */
    sealed interface Outcome {

        record Approved(String reference) implements Outcome {}

        record Declined(String reason) implements Outcome {}

        record Failed(String reason) implements Outcome {}

        /** No answer (yet): the purchase's hold expiry decides what happens to the order. */
        record NoAnswer() implements Outcome {}
    }
}
