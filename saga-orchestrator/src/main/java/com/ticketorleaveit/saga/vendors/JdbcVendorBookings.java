package com.ticketorleaveit.saga.vendors;

import com.ticketorleaveit.saga.ReadModels;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds bookings in query-services' read models ({@link ReadModels}): the catalog's events and their vendors, and the
 * organizer's contact address from the organizers' profiles (the user's own address when there is no profile).
 */
@Repository
class JdbcVendorBookings implements VendorBookings {

    private final JdbcTemplate jdbc;
    private final String catalog;
    private final String organizers;
    private final String users;

    JdbcVendorBookings(JdbcTemplate jdbc, ReadModels readModels) {
        this.jdbc = jdbc;
        this.catalog = readModels.table("events_catalog");
        this.organizers = readModels.table("organizers_profiles");
        this.users = readModels.table("users_profiles");
    }

    @Override
    public List<Booking> upcoming(UUID vendorId, Instant after) {
        return jdbc.query(
                """
                select c.event_id, c.name, c.starts_at, c.starts_at_offset, c.organizer_user_id,
                    coalesce((select o.email from %s o where o.user_id = c.organizer_user_id
                               order by o.registered_at limit 1),
                             (select u.email from %s u where u.user_id = c.organizer_user_id)) as email
                  from %s c
                 where c.vendor_ids @> array[?]::uuid[]
                   and c.status <> 'CANCELLED'
                   and c.starts_at > ?
                 order by c.starts_at, c.event_id
                """.formatted(organizers, users, catalog),
                (rs, row) -> new Booking(
                        rs.getObject("event_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("starts_at", OffsetDateTime.class)
                                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(rs.getInt("starts_at_offset"))),
                        rs.getObject("organizer_user_id", UUID.class),
                        rs.getString("email")),
                vendorId,
                Timestamp.from(after));
    }
}
