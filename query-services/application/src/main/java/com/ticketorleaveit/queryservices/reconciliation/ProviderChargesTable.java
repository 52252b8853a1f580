package com.ticketorleaveit.queryservices.reconciliation;

import com.ticketorleaveit.queryservices.reconciliation.ProviderRecords.Charge;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The provider's approved charges as a table that SQL over our read models can join, whatever the provider's records
 * are kept in: {@link #WITH} turns one array parameter per column into the common table {@code provider}, so a report
 * over thousands of charges is still one query per rule.
 *
 * <p>Columns: {@code charge_key}, {@code payment_id} (the key as one of our payment ids, or null when it cannot be
 * one), {@code amount_minor}, {@code currency}, {@code refunded}, and {@code settled} (approved before the settle
 * window, so judged as a charge on its own).
 */
final class ProviderChargesTable {

    static final String WITH = """
            with provider (charge_key, payment_id, amount_minor, currency, refunded, settled) as (
                select * from unnest(?::varchar[], ?::uuid[], ?::bigint[], ?::varchar[], ?::boolean[], ?::boolean[]))
            """;

    private final String[] keys;
    private final String[] paymentIds;
    private final long[] amounts;
    private final String[] currencies;
    private final boolean[] refunded;
    private final boolean[] settled;

    ProviderChargesTable(List<Charge> charges, Instant settledBefore) {
        int size = charges.size();
        keys = new String[size];
        paymentIds = new String[size];
        amounts = new long[size];
        currencies = new String[size];
        refunded = new boolean[size];
        settled = new boolean[size];
        for (int i = 0; i < size; i++) {
            Charge charge = charges.get(i);
            keys[i] = charge.key();
            paymentIds[i] = paymentId(charge.key());
            amounts[i] = charge.amountMinor();
            currencies[i] = charge.currency();
            refunded[i] = charge.refunded();
            settled[i] = charge.approvedAt().isBefore(settledBefore);
        }
    }

    /** The parameters of {@link #WITH}, in its order. */
    Object[] parameters() {
        return new Object[] {keys, paymentIds, amounts, currencies, refunded, settled};
    }

    /**
     * Our payments give the provider their id as key, in its canonical form; any other key is a charge none of our
     * payments asked for.
     */
    private static String paymentId(String key) {
        try {
            return UUID.fromString(key).toString().equals(key) ? key : null;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
