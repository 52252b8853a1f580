package com.ticketorleaveit.queryservices.accounthistory;

import com.ticketorleaveit.queryservices.accounthistory.AttendedEvent.When;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a user's events from the order read model ({@code tickets_orders}, {@code tickets_order_tickets}, through its
 * index by customer) and the catalog ({@code events_catalog}): no table of its own, so it rebuilds with theirs. Valid
 * tickets are the still valid tickets of CONFIRMED orders (a cancelled or refunded order's are not) for an event that is
 * not cancelled.
 */
@Repository
class EventHistory {

    private static final String VALID_TICKETS = """
            from tickets_orders o
            join tickets_order_tickets t on t.order_id = o.order_id and t.valid
            join events_catalog c on c.event_id = o.event_id
            where o.customer_id = ? and o.status = 'CONFIRMED' and c.status <> 'CANCELLED'
            """;

    private final JdbcTemplate jdbc;

    EventHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Upcoming first, soonest first; then past, latest first. */
    @Transactional(readOnly = true)
    Page of(UUID userId, Optional<When> when, Instant now, int page, int size) {
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(now), userId));
        String filter = when.map(w -> {
                    arguments.add(Timestamp.from(now));
                    return w == When.PAST ? " and c.ends_at <= ?" : " and c.ends_at > ?";
                })
                .orElse("");
        List<Object> countArguments = List.copyOf(arguments.subList(1, arguments.size()));
        arguments.add(size);
        arguments.add((long) page * size);
        List<AttendedEvent> items =
                jdbc.query("""
                select * from (
                    select c.event_id, c.name, c.starts_at, c.starts_at_offset, c.ends_at, c.ends_at_offset,
                        c.venue_name, c.venue_city, c.ends_at <= ? as past, count(*) as tickets
                    %s %s
                    group by c.event_id) h
                order by h.past, case when not h.past then h.starts_at end, h.starts_at desc, h.event_id
                limit ? offset ?""".formatted(VALID_TICKETS, filter), EventHistory::attended, arguments.toArray());
        Long total = jdbc.queryForObject(
                "select count(distinct c.event_id) " + VALID_TICKETS + filter, Long.class, countArguments.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static AttendedEvent attended(ResultSet rs, int row) throws SQLException {
        return new AttendedEvent(
                rs.getObject("event_id", UUID.class),
                rs.getString("name"),
                at(rs, "starts_at"),
                at(rs, "ends_at"),
                new AttendedEvent.Venue(rs.getString("venue_name"), rs.getString("venue_city")),
                rs.getBoolean("past") ? When.PAST : When.UPCOMING,
                rs.getInt("tickets"));
    }

    private static OffsetDateTime at(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class)
                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(rs.getInt(column + "_offset")));
    }

    /** One page of a user's events and how many there are in all. */
    record Page(List<AttendedEvent> items, int page, int size, long total) {}
}
