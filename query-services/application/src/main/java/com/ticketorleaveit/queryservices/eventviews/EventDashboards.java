package com.ticketorleaveit.queryservices.eventviews;

import com.ticketorleaveit.queryservices.eventviews.EventDashboard.Refunds;
import com.ticketorleaveit.queryservices.eventviews.EventDashboard.Revenue;
import com.ticketorleaveit.queryservices.eventviews.EventDashboard.TierSales;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an event's dashboard from the catalog ({@code events_catalog}, {@code events_tiers}), the order read model
 * ({@code tickets_orders} and their tickets, through their indexes by tier, by event and by order) and the waiting lists
 * ({@code tickets_waiting_list}): three short queries in one read-only
 * transaction, so that the figures are of one moment.
 */
@Repository
class EventDashboards {

    private final JdbcTemplate jdbc;

    EventDashboards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<EventDashboard> of(UUID eventId) {
        List<String[]> event = jdbc.query(
                "select name, status from events_catalog where event_id = ?",
                (rs, row) -> new String[] {rs.getString("name"), rs.getString("status")},
                eventId);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        List<TierSales> tiers = jdbc.query(
                """
                select t.tier_id, t.name, t.capacity, t.remaining, t.currency,
                    coalesce(sum(o.quantity) filter (where o.status = 'CONFIRMED'), 0) as sold,
                    coalesce(sum(o.quantity) filter (where o.status = 'RESERVED'), 0) as held,
                    (select count(*) from tickets_waiting_list w
                      where w.tier_id = t.tier_id and w.status = 'OFFERED') as offered,
                    coalesce(sum(o.amount_minor) filter (where o.status = 'CONFIRMED'), 0) as revenue,
                    (select count(*) from tickets_orders c
                       join tickets_order_tickets k on k.order_id = c.order_id
                      where c.tier_id = t.tier_id and k.checked_in_at is not null) as checked_in
                from events_tiers t
                left join tickets_orders o on o.tier_id = t.tier_id
                where t.event_id = ?
                group by t.tier_id
                order by t.position""",
                (rs, row) -> new TierSales(
                        rs.getObject("tier_id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("capacity"),
                        rs.getLong("sold"),
                        rs.getLong("held"),
                        rs.getLong("offered"),
                        rs.getInt("remaining"),
                        rs.getLong("revenue"),
                        rs.getString("currency"),
                        rs.getLong("checked_in")),
                eventId);
        Map<String, Long> ordersByStatus = new LinkedHashMap<>();
        jdbc.query(
                "select status, count(*) from tickets_orders where event_id = ? group by status order by status",
                rs -> {
                    ordersByStatus.put(rs.getString(1), rs.getLong(2));
                },
                eventId);
        Refunds refunds = jdbc.queryForObject(
                """
                select count(*) filter (where status = 'REFUNDED') as refunded,
                    coalesce(sum(refunded_amount_minor) filter (where status = 'REFUNDED'), 0) as refunded_amount,
                    count(*) filter (where status = 'CANCELLED') as pending
                from tickets_orders where event_id = ? and status in ('CANCELLED', 'REFUNDED')""",
                (rs, row) -> new Refunds(rs.getLong("refunded"), rs.getLong("refunded_amount"), rs.getLong("pending")),
                eventId);
        return Optional.of(new EventDashboard(
                eventId,
                event.get(0)[0],
                event.get(0)[1],
                tiers,
                revenue(tiers),
                ordersByStatus,
                refunds,
                tiers.stream().mapToLong(TierSales::checkedIn).sum()));
    }

    private static List<Revenue> revenue(List<TierSales> tiers) {
        return tiers.stream()
                .collect(Collectors.groupingBy(
                        TierSales::currency, LinkedHashMap::new, Collectors.summingLong(TierSales::revenueMinor)))
                .entrySet()
                .stream()
                .map(entry -> new Revenue(entry.getKey(), entry.getValue()))
                .toList();
    }
}
