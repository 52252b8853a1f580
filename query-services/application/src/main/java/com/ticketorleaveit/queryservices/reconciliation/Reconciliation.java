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
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconciliation's SQL over the tickets, payments and catalog read models: one query per kind of discrepancy, each
 * answering its count and its first examples together.
 */
@Repository
class Reconciliation {

    static final int EXAMPLES = 10;

    private final JdbcTemplate jdbc;

    Reconciliation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param eventId limits tiers and orders (and so their payments) to one event
     * @param settledBefore what changed at or after this instant may still be in flight and is not judged
     */
    @Transactional(readOnly = true)
    ReconciliationReport report(Optional<UUID> eventId, Instant settledBefore) {
        Timestamp cutoff = Timestamp.from(settledBefore);
        List<TierBalance> tiers = tiers(eventId, cutoff);
        List<UUID> unbalancedTiers = tiers.stream()
                .filter(tier -> !tier.consistent())
                .map(TierBalance::tierId)
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

        var discrepancies = new Discrepancies(
                unbalancedTiers.size(),
                paidWithoutTickets.count(),
                confirmedWithoutPayment.count(),
                refundedWithoutRefund.count(),
                doubleCharges.count());
        Map<String, List<UUID>> examples = new LinkedHashMap<>();
        addExamples(examples, "tiersWhoseSeatsDoNotAddUp", unbalancedTiers);
        addExamples(examples, "paidOrdersWithoutTickets", paidWithoutTickets.examples());
        addExamples(examples, "confirmedOrdersWithoutApprovedPayment", confirmedWithoutPayment.examples());
        addExamples(examples, "refundedOrdersWithoutRefundedPayment", refundedWithoutRefund.examples());
        addExamples(examples, "doubleCharges", doubleCharges.examples());
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
                            settled,
                            !settled || taken == confirmed + held);
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

    private static String eventFilter(Optional<UUID> eventId) {
        return eventId.isPresent() ? " and o.event_id = ?" : "";
    }

    private static List<UUID> ids(Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    private static void addExamples(Map<String, List<UUID>> examples, String kind, List<UUID> ids) {
        if (!ids.isEmpty()) {
            examples.put(kind, ids.subList(0, Math.min(EXAMPLES, ids.size())));
        }
    }

    private record Finding(long count, List<UUID> examples) {}
}
