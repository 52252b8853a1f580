package com.ticketorleaveit.saga.reminders;

import com.ticketorleaveit.saga.ReadModels;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds ticket holders in query-services' read models ({@link ReadModels}: the catalog, the orders, the users'
 * profiles with their preferences) and remembers the reminded ones in this deployable's own table ({@code
 * event_reminders_sent}). A round reads the few events starting soon through the catalog's index by start.
 */
@Repository
class JdbcTicketHolders implements TicketHolders {

    private final JdbcTemplate jdbc;
    private final String catalog;
    private final String orders;
    private final String users;

    JdbcTicketHolders(JdbcTemplate jdbc, ReadModels readModels) {
        this.jdbc = jdbc;
        this.catalog = readModels.table("events_catalog");
        this.orders = readModels.table("tickets_orders");
        this.users = readModels.table("users_profiles");
    }

    @Override
    public List<Holder> due(Instant now, Duration before, int limit) {
        return jdbc.query(
                """
                select distinct c.event_id, o.customer_id, u.email, c.name, c.starts_at, c.starts_at_offset,
                    c.venue_name, c.venue_city
                  from %s c
                  join %s o on o.event_id = c.event_id
                  join %s u on u.user_id = o.customer_id
                 where c.status = 'PUBLISHED'
                   and c.starts_at > ? and c.starts_at <= ?
                   and o.status = 'CONFIRMED'
                   and o.placed_at < c.starts_at - make_interval(secs => ?)
                   and u.event_reminders
                   and not exists (select 1 from event_reminders_sent s
                                    where s.event_id = c.event_id and s.customer_id = o.customer_id)
                 order by c.starts_at, c.event_id, o.customer_id
                 limit ?
                """.formatted(catalog, orders, users),
                (rs, row) -> new Holder(
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getObject("starts_at", OffsetDateTime.class)
                                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(rs.getInt("starts_at_offset"))),
                        rs.getString("venue_name") + ", " + rs.getString("venue_city")),
                Timestamp.from(now),
                Timestamp.from(now.plus(before)),
                before.toMillis() / 1000.0,
                limit);
    }

    @Override
    public void reminded(Holder holder, Instant at) {
        jdbc.update("""
                insert into event_reminders_sent (event_id, customer_id, reminded_at) values (?, ?, ?)
                on conflict do nothing""", holder.eventId(), holder.customerId(), Timestamp.from(at));
    }
}
