package com.ticketorleaveit.payments.command;

/**
 * Where money is authorized and captured, and given back. Implementations must be idempotent by key: asking again
 * with the same key returns the first answer and never charges, or refunds, twice.
 */
public interface PaymentProvider {

    Outcome authorize(String idempotencyKey, long amountMinor, String currency, String paymentToken);

    /**
     * What became of the charge asked for under {@code idempotencyKey}: its decision, or {@link Outcome.NoAnswer} while
     * there is none (or no charge under that key). Asking charges nothing.
     */
    Outcome status(String idempotencyKey);

    /**
     * Gives back the charge made under {@code paymentIdempotencyKey}. Asked again with the same refund key after a
     * success, it answers the same reference and refunds nothing more; after a failure, it tries again.
     */
    RefundOutcome refund(String refundKey, String paymentIdempotencyKey, long amountMinor, String currency);

    /** What the provider answered. */
    sealed interface Outcome {

        record Approved(String reference) implements Outcome {}

        record Declined(String reason) implements Outcome {}

        record Failed(String reason) implements Outcome {}

        /** No answer (yet): the purchase's hold expiry decides what happens to the order. */
        record NoAnswer() implements Outcome {}
    }

    /** What the provider answered to a refund. */
    sealed interface RefundOutcome {

        record Refunded(String reference) implements RefundOutcome {}

        /** Not refunded this time; the refund may be asked for again with the same key. */
        record Failed(String reason) implements RefundOutcome {}
    }
}
