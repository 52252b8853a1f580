package com.ticketorleaveit.queryservices.reconciliation;

import com.ticketorleaveit.queryservices.reconciliation.ReconciliationReport.Discrepancies;
import com.ticketorleaveit.queryservices.reconciliation.ReconciliationReport.TierBalance;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reconciliation's SQL over the tickets, payments and catalog read models, and over the payment provider's records
 * joined to them: one query per kind of discrepancy, each answering its count and its first examples together.
 *
 * <p>The provider's records are read first, ours after: ours follow the provider's (a payment is approved after the
 * provider charged it, refunded after the provider gave the money back), so reading them second can only find them
 * further along than the provider's, never behind. No transaction spans the report: under PostgreSQL's default
 * isolation each query sees its own moment anyway, and a real provider's reporting API is not to be waited for with a
 * connection held.
 */
@Repository
class Reconciliation {

    static final int EXAMPLES = 10;

    /** What a report leaves alone unless told otherwise: read models catch up within seconds. */
    static final int DEFAULT_SETTLE_SECONDS = 60;

    /** A day: a longer window would hide what an operator asks about. */
    static final int MAX_SETTLE_SECONDS = 86_400;

    /** The provider's records are compared from the first charge on. */
    private static final Instant FIRST_CHARGE = Instant.EPOCH;

    private final JdbcTemplate jdbc;
    private final ProviderRecords providerRecords;

    Reconciliation(JdbcTemplate jdbc, ProviderRecords providerRecords) {
        this.jdbc = jdbc;
        this.providerRecords = providerRecords;
    }

    /**
     * @param eventId limits tiers and orders (and so their payments, and the provider's charges of those payments) to
     *     one event; a provider charge that is no payment of ours belongs to no event and is left out
     * @param settledBefore what changed at or after this instant may still be in flight and is not judged
     */
    ReconciliationReport report(Optional<UUID> eventId, Instant settledBefore) {
        var provider =
                new ProviderChargesTable(providerRecords.approvedCharges(FIRST_CHARGE, Instant.now()), settledBefore);
        Timestamp cutoff = Timestamp.from(settledBefore);
        List<TierBalance> tiers = tiers(eventId, cutoff);
        List<String> unbalancedTiers = tiers.stream()
                .filter(tier -> !tier.consistent())
                .map(tier -> tier.tierId().toString())
                .toList();
        Finding paidWithoutTickets = find("""
                select count(*), (array_agg(p.order_id order by p.order_id))[1:%d]
                from payments_payments p
                left join tickets_orders o on o.order_id = p.order_id
                where p.status = 'APPROVED'
                  and (o.status is null or o.status not in ('CONFIRMED', 'CANCELLED', 'REFUNDED'))
                  and p.updated_at < ? and (o.placed_at is null or o.placed_at < ?)%s""", eventId, cutoff, cutoff);
        Finding confirmedWithoutPayment = find("""
                select count(*), (array_agg(o.order_id order by o.order_id))[1:%d]
                from tickets_orders o
                left join payments_payments p on p.order_id = o.order_id
                where o.status = 'CONFIRMED' and o.amount_minor > 0
                  and (p.status is null or p.status <> 'APPROVED')
                  and o.placed_at < ? and (p.updated_at is null or p.updated_at < ?)%s""", eventId, cutoff, cutoff);
        Finding refundedWithoutRefund = find("""
                select count(*), (array_agg(o.order_id order by o.order_id))[1:%d]
                from tickets_orders o
                left join payments_payments p on p.order_id = o.order_id
                where o.status = 'REFUNDED' and o.amount_minor > 0
                  and (p.status is null or p.status <> 'REFUNDED')
                  and coalesce(o.refunded_at, o.placed_at) < ? and (p.updated_at is null or p.updated_at < ?)%s""", eventId, cutoff, cutoff);
        // a second charge is never in flight: no settle window
        Finding doubleCharges = find("""
                select count(*), (array_agg(charged.order_id order by charged.order_id))[1:%d]
                from (select p.order_id
                      from payments_payments p
                      join tickets_orders o on o.order_id = p.order_id
                      where p.status in ('APPROVED', 'REFUND_PENDING', 'REFUNDED')%s
                      group by p.order_id
                      having count(*) > 1) charged""", eventId);
        // no order, so no event: only the whole platform's report can tell
        Finding chargesWithoutPayment = eventId.isPresent() ? Finding.NONE : findAgainst(provider, """
                select count(*), (array_agg(c.charge_key order by c.charge_key))[1:%d]
                from provider c
                where c.settled
                  and not exists (select 1 from payments_payments p where p.id = c.payment_id)%s""", eventId);
        Finding chargesWithoutConfirmedOrder = findAgainst(provider, """
                select count(*), (array_agg(p.order_id order by p.order_id))[1:%d]
                from provider c
                join payments_payments p on p.id = c.payment_id
                left join tickets_orders o on o.order_id = p.order_id
                where c.settled and not c.refunded
                  and (o.status is null or o.status not in ('CONFIRMED', 'CANCELLED', 'REFUNDED'))
                  and p.updated_at < ? and (o.placed_at is null or o.placed_at < ?)%s""", eventId, cutoff, cutoff);
        // the provider charges before our payment is approved: its charges of the window are in the table too
        Finding confirmedWithoutCharge = findAgainst(provider, """
                select count(*), (array_agg(o.order_id order by o.order_id))[1:%d]
                from tickets_orders o
                join payments_payments p on p.order_id = o.order_id
                where o.status = 'CONFIRMED' and o.amount_minor > 0
                  and not exists (select 1 from provider c where c.payment_id = p.id and not c.refunded)
                  and o.placed_at < ? and p.updated_at < ?%s""", eventId, cutoff, cutoff);
        Finding refundsMissing = findAgainst(provider, """
                select count(*), (array_agg(p.order_id order by p.order_id))[1:%d]
                from payments_payments p
                left join tickets_orders o on o.order_id = p.order_id
                where (p.status = 'REFUNDED' or (o.status = 'REFUNDED' and o.amount_minor > 0))
                  and not exists (select 1 from provider c where c.payment_id = p.id and c.refunded)
                  and p.updated_at < ? and (o.order_id is null or coalesce(o.refunded_at, o.placed_at) < ?)%s""", eventId, cutoff, cutoff);
        Finding amountMismatches = findAgainst(provider, """
                select count(*), (array_agg(p.order_id order by p.order_id))[1:%d]
                from provider c
                join payments_payments p on p.id = c.payment_id
                left join tickets_orders o on o.order_id = p.order_id
                where c.settled and (c.amount_minor <> p.amount or c.currency <> p.currency)%s""", eventId);

        var discrepancies = new Discrepancies(
                unbalancedTiers.size(),
                paidWithoutTickets.count(),
                confirmedWithoutPayment.count(),
                refundedWithoutRefund.count(),
                doubleCharges.count(),
                chargesWithoutPayment.count(),
                chargesWithoutConfirmedOrder.count(),
                confirmedWithoutCharge.count(),
                refundsMissing.count(),
                amountMismatches.count());
        Map<String, List<String>> examples = new LinkedHashMap<>();
        addExamples(examples, "tiersWhoseSeatsDoNotAddUp", unbalancedTiers);
        addExamples(examples, "paidOrdersWithoutTickets", paidWithoutTickets.examples());
        addExamples(examples, "confirmedOrdersWithoutApprovedPayment", confirmedWithoutPayment.examples());
        addExamples(examples, "refundedOrdersWithoutRefundedPayment", refundedWithoutRefund.examples());
        addExamples(examples, "doubleCharges", doubleCharges.examples());
        addExamples(examples, "providerChargesWithoutPayment", chargesWithoutPayment.examples());
        addExamples(examples, "providerChargesWithoutConfirmedOrder", chargesWithoutConfirmedOrder.examples());
        addExamples(examples, "confirmedOrdersWithoutProviderCharge", confirmedWithoutCharge.examples());
        addExamples(examples, "refundsMissingAtProvider", refundsMissing.examples());
        addExamples(examples, "amountMismatches", amountMismatches.examples());
        return new ReconciliationReport(ordersByStatus(eventId), tiers, discrepancies, discrepancies.total(), examples);
    }

    private Map<String, Long> ordersByStatus(Optional<UUID> eventId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(
                "select status, count(*) from tickets_orders o where true" + eventFilter(eventId)
                        + " group by status order by status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                },
                eventId.stream().toArray());
        return counts;
    }

    private List<TierBalance> tiers(Optional<UUID> eventId, Timestamp cutoff) {
        List<Object> parameters = new ArrayList<>(List.of(cutoff));
        eventId.ifPresent(parameters::add);
        return jdbc.query(
                """
                select t.tier_id, t.event_id, t.capacity, t.remaining,
                       coalesce(sum(o.quantity) filter (where o.status = 'CONFIRMED'), 0) as confirmed_seats,
                       coalesce(sum(o.quantity) filter (where o.status = 'RESERVED'), 0) as held_seats,
                       (select count(*) from tickets_waiting_list w
                         where w.tier_id = t.tier_id and w.status = 'OFFERED') as offered_seats,
                       coalesce(bool_and(greatest(o.placed_at, o.cancelled_at, o.refunded_at) < ?), true) as settled
                from events_tiers t
                left join tickets_orders o on o.tier_id = t.tier_id
                where true"""
                        + (eventId.isPresent() ? " and t.event_id = ?" : "")
                        + " group by t.tier_id order by t.event_id, t.position",
                (rs, row) -> {
                    int capacity = rs.getInt("capacity");
                    int remaining = rs.getInt("remaining");
                    long confirmed = rs.getLong("confirmed_seats");
                    long held = rs.getLong("held_seats");
                    long offered = rs.getLong("offered_seats");
                    boolean settled = rs.getBoolean("settled");
                    int taken = capacity - remaining;
                    return new TierBalance(
                            rs.getObject("tier_id", UUID.class),
                            rs.getObject("event_id", UUID.class),
                            capacity,
                            remaining,
                            taken,
                            confirmed,
                            held,
                            offered,
                            settled,
                            !settled || taken == confirmed + held + offered);
                },
                parameters.toArray());
    }

    /**
     * Runs a query answering a count and an array of example ids; its first {@code %d} takes the number of examples, its
     * {@code %s} the event filter, whose parameter goes after the given ones.
     */
    private Finding find(String sql, Optional<UUID> eventId, Object... parameters) {
        List<Object> all = new ArrayList<>(Arrays.asList(parameters));
        eventId.ifPresent(all::add);
        return jdbc.queryForObject(
                sql.formatted(EXAMPLES, eventFilter(eventId)),
                (rs, row) -> new Finding(rs.getLong(1), ids(rs.getArray(2))),
                all.toArray());
    }

    /** {@link #find} with the provider's charges as the table {@code provider} (see {@link ProviderChargesTable}). */
    private Finding findAgainst(
            ProviderChargesTable provider, String sql, Optional<UUID> eventId, Object... parameters) {
        List<Object> all = new ArrayList<>(Arrays.asList(provider.parameters()));
        all.addAll(Arrays.asList(parameters));
        return find(ProviderChargesTable.WITH + sql, eventId, all.toArray());
    }

    private static String eventFilter(Optional<UUID> eventId) {
        return eventId.isPresent() ? " and o.event_id = ?" : "";
    }

    private static List<String> ids(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(String::valueOf)
                        .toList();
    }

    private static void addExamples(Map<String, List<String>> examples, String kind, List<String> ids) {
        if (!ids.isEmpty()) {
            examples.put(kind, ids.subList(0, Math.min(EXAMPLES, ids.size())));
        }
    }

    private record Finding(long count, List<String> examples) {
        static final Finding NONE = new Finding(0, List.of());
    }
}
