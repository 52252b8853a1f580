package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.Venue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code events_catalog} and {@code events_tiers}. */
@Repository
class EventCatalog {

    private final JdbcTemplate jdbc;

    EventCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An event and who owns it, so the caller can decide whether a draft may be shown.
     *
     * @param published whether the event was ever published: a published event stays public once cancelled
     */
    record OwnedEvent(UUID organizerUserId, boolean published, EventDetails details) {}

    Optional<OwnedEvent> find(UUID eventId) {
        List<OwnedEvent> found = jdbc.query(
                """
                select event_id, organizer_user_id, name, type, description, tags, venue_name, venue_address,
                    venue_city, starts_at, starts_at_offset, ends_at, ends_at_offset, vendor_ids::text[] as vendor_ids,
                    image_urls, status, published, cancelled_at, sales_closed_at
                from events_catalog where event_id = ?""",
                (rs, row) -> new OwnedEvent(
                        rs.getObject("organizer_user_id", UUID.class),
                        rs.getBoolean("published"),
                        new EventDetails(
                                rs.getObject("event_id", UUID.class),
                                rs.getString("name"),
                                EventType.valueOf(rs.getString("type")),
                                rs.getString("description"),
                                strings(rs, "tags"),
                                venue(rs),
                                time(rs, "starts_at"),
                                time(rs, "ends_at"),
                                strings(rs, "vendor_ids").stream()
                                        .map(UUID::fromString)
                                        .toList(),
                                strings(rs, "image_urls"),
                                rs.getString("status"),
                                instant(rs, "cancelled_at"),
                                instant(rs, "sales_closed_at"),
                                tiers(eventId))),
                eventId);
        return found.stream().findFirst();
    }

    /**
     * The published events the query asks for, by start (then id, so pages never overlap); a draft is never listed,
     * an event cancelled after its publication only when asked for, as CANCELLED. Every criterion has an index of its
     * own, so a search stays a matter of milliseconds over many thousands of events.
     */
    EventPage search(CatalogQuery query) {
        List<Object> parameters = new ArrayList<>();
        // "published" first in either case: the search indexes cover published events only, and the planner uses them
        // only where the query says so itself (a status of PUBLISHED does not tell it that)
        StringBuilder where =
                new StringBuilder(query.includeCancelled() ? "published" : "published and status = 'PUBLISHED'");
        where.append(" and starts_at >= ?");
        parameters.add(Timestamp.from(query.from()));
        query.to().ifPresent(to -> {
            where.append(" and starts_at < ?");
            parameters.add(Timestamp.from(to));
        });
        query.text().filter(text -> !text.isBlank()).ifPresent(text -> {
            where.append(" and search @@ websearch_to_tsquery('english', ?)");
            parameters.add(text);
        });
        query.type().ifPresent(type -> {
            where.append(" and type = ?");
            parameters.add(type.name());
        });
        query.tag().ifPresent(tag -> {
            where.append(" and tags @> array[?]::text[]");
            parameters.add(tag);
        });
        query.city().ifPresent(city -> {
            where.append(" and lower(venue_city) = lower(?)");
            parameters.add(city);
        });
        query.vendorId().ifPresent(vendor -> {
            where.append(" and vendor_ids @> array[?]::uuid[]");
            parameters.add(vendor);
        });
        Long total = jdbc.queryForObject(
                "select count(*) from events_catalog where " + where, Long.class, parameters.toArray());
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(query.size());
        pageParameters.add((long) query.page() * query.size());
        List<EventSummary> items = jdbc.query("""
                select event_id, name, type, tags, venue_name, venue_address, venue_city, starts_at,
                    starts_at_offset, ends_at, ends_at_offset, status
                from events_catalog where %s
                order by starts_at, event_id
                limit ? offset ?""".formatted(where), EventCatalog::summary, pageParameters.toArray());
        return new EventPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    /** The events this user organizes, drafts and cancelled ones included, by start (then id). */
    EventPage ownedBy(UUID organizer, int page, int size) {
        Long total = jdbc.queryForObject(
                "select count(*) from events_catalog where organizer_user_id = ?", Long.class, organizer);
        List<EventSummary> items = jdbc.query("""
                select event_id, name, type, tags, venue_name, venue_address, venue_city, starts_at,
                    starts_at_offset, ends_at, ends_at_offset, status
                from events_catalog where organizer_user_id = ?
                order by starts_at, event_id
                limit ? offset ?""", EventCatalog::summary, organizer, size, (long) page * size);
        return new EventPage(items, page, size, total == null ? 0 : total);
    }

    private static EventSummary summary(ResultSet rs, int row) throws SQLException {
        return new EventSummary(
                rs.getObject("event_id", UUID.class),
                rs.getString("name"),
                EventType.valueOf(rs.getString("type")),
                strings(rs, "tags"),
                venue(rs),
                time(rs, "starts_at"),
                time(rs, "ends_at"),
                rs.getString("status"));
    }

    private List<EventDetails.TierAvailability> tiers(UUID eventId) {
        return jdbc.query(
                """
                select tier_id, name, price_minor, currency, capacity, per_order_limit, remaining, on_sale,
                    sales_start_at, sales_end_at
                from events_tiers where event_id = ? order by position""",
                (rs, row) -> new EventDetails.TierAvailability(
                        rs.getObject("tier_id", UUID.class),
                        rs.getString("name"),
                        rs.getLong("price_minor"),
                        rs.getString("currency"),
                        rs.getInt("capacity"),
                        rs.getInt("per_order_limit"),
                        rs.getInt("remaining"),
                        rs.getBoolean("on_sale"),
                        instant(rs, "sales_start_at"),
                        instant(rs, "sales_end_at")),
                eventId);
    }

    private static Venue venue(ResultSet rs) throws SQLException {
        return new Venue(rs.getString("venue_name"), rs.getString("venue_address"), rs.getString("venue_city"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class)
                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(rs.getInt(column + "_offset")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
