package com.ticketorleaveit.queryservices.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * The payment provider's own records, as a provider's reporting API lists them: the charges it approved in a period,
 * and whether it gave each one's money back. They are the other side of the books: our read models say what we
 * believe, these say what money actually moved.
 *
 * <p>The provider knows our payments by the idempotency key each charge was made with: the payment id, one per payment
 * (and one payment per order).
 */
interface ProviderRecords {

    /**
     * @param from the first instant of the period
     * @param until the end of the period, exclusive
     * @return every charge the provider approved in the period, however it was decided (synchronously, late, or by
     *     webhook), in no particular order
     */
    List<Charge> approvedCharges(Instant from, Instant until);

    /**
     * One approved charge.
     *
     * @param key the idempotency key it was made with: one of our payment ids, unless the charge is none of ours
     * @param amountMinor what was charged, in minor units of {@code currency}
     * @param approvedAt when the provider says it was charged
     * @param refunded the provider gave the whole charge back; a refund still being attempted is not one
     */
    record Charge(String key, long amountMinor, String currency, Instant approvedAt, boolean refunded) {}
}
