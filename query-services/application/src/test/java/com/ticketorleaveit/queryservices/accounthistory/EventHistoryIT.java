package com.ticketorleaveit.queryservices.accounthistory;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.local.Postgres;
import com.ticketorleaveit.queryservices.accounthistory.AttendedEvent.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A user's events read from the order and catalog read models in a real PostgreSQL migrated with query-services'
 * scripts: only valid tickets count, upcoming come before past, and pages follow that order.
 */
class EventHistoryIT {

    private static final Postgres postgres = startPostgres();
    private static final String database = migrated(postgres.createScratchDatabase("query_event_history_it"));

    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
            postgres.jdbcUrl(database) + "?currentSchema=query", postgres.user(), postgres.password()));
    private final EventHistory history = new EventHistory(jdbc);
    private final Instant now = Instant.parse("2027-03-01T12:00:00Z");
    private final UUID ada = UUID.randomUUID();

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void countsTheValidTicketsOfConfirmedOrdersOnly() {
        UUID concert = anEvent("Concert", now.plus(Duration.ofDays(3)), "PUBLISHED");
        anOrder(concert, "CONFIRMED", true, true);
        anOrder(concert, "CONFIRMED", true, false);
        anOrder(concert, "REFUNDED", false);
        anOrder(concert, "RESERVED");
        UUID refundedOnly = anEvent("Refunded", now.plus(Duration.ofDays(4)), "PUBLISHED");
        anOrder(refundedOnly, "CANCELLED", false, false);
        UUID cancelled = anEvent("Cancelled", now.plus(Duration.ofDays(5)), "CANCELLED");
        anOrder(cancelled, "CONFIRMED", true);
        anOrder(
                anEvent("Someone else's", now.plus(Duration.ofDays(6)), "PUBLISHED"),
                UUID.randomUUID(),
                "CONFIRMED",
                true);

        var page = history.of(ada, Optional.empty(), now, 0, 20);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(concert);
            assertThat(event.name()).isEqualTo("Concert");
            assertThat(event.tickets()).isEqualTo(3);
            assertThat(event.status()).isEqualTo(When.UPCOMING);
            assertThat(event.venue()).isEqualTo(new AttendedEvent.Venue("Blue Room", "Springfield"));
            assertThat(event.startsAt()).isEqualTo(OffsetDateTime.parse("2027-03-04T14:00:00+02:00"));
        });
    }

    @Test
    void listsUpcomingSoonestFirstThenPastLatestFirstAndPagesInThatOrder() {
        UUID nextMonth = confirmed(anEvent("Next month", now.plus(Duration.ofDays(30)), "PUBLISHED"));
        UUID tomorrow = confirmed(anEvent("Tomorrow", now.plus(Duration.ofDays(1)), "PUBLISHED"));
        UUID underWay = confirmed(anEvent("Under way", now.minus(Duration.ofHours(1)), "PUBLISHED"));
        UUID lastYear = confirmed(anEvent("Last year", now.minus(Duration.ofDays(365)), "PUBLISHED"));
        UUID lastWeek = confirmed(anEvent("Last week", now.minus(Duration.ofDays(7)), "PUBLISHED"));

        var all = history.of(ada, Optional.empty(), now, 0, 20);
        var secondPage = history.of(ada, Optional.empty(), now, 1, 2);
        var past = history.of(ada, Optional.of(When.PAST), now, 0, 20);
        var upcoming = history.of(ada, Optional.of(When.UPCOMING), now, 0, 20);

        assertThat(all.items())
                .extracting(AttendedEvent::eventId)
                .containsExactly(underWay, tomorrow, nextMonth, lastWeek, lastYear);
        assertThat(all.items())
                .extracting(AttendedEvent::status)
                .containsExactly(When.UPCOMING, When.UPCOMING, When.UPCOMING, When.PAST, When.PAST);
        assertThat(secondPage.items()).extracting(AttendedEvent::eventId).containsExactly(nextMonth, lastWeek);
        assertThat(secondPage.total()).isEqualTo(5);
        assertThat(past.items()).extracting(AttendedEvent::eventId).containsExactly(lastWeek, lastYear);
        assertThat(past.total()).isEqualTo(2);
        assertThat(upcoming.items()).extracting(AttendedEvent::eventId).containsExactly(underWay, tomorrow, nextMonth);
        assertThat(upcoming.total()).isEqualTo(3);
    }

    private UUID confirmed(UUID event) {
        anOrder(event, "CONFIRMED", true);
        return event;
    }

    /** An event of three hours at this start, announced at +02:00. */
    private UUID anEvent(String name, Instant startsAt, String status) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                """
                insert into events_catalog (event_id, organizer_user_id, name, type, tags, venue_name, venue_address,
                    venue_city, starts_at, starts_at_offset, ends_at, ends_at_offset, vendor_ids, status)
                values (?, ?, ?, 'CONCERT', '{}', 'Blue Room', '1 Main Street', 'Springfield', ?, 7200, ?, 7200, '{}', ?)
                """,
                id,
                UUID.randomUUID(),
                name,
                Timestamp.from(startsAt),
                Timestamp.from(startsAt.plus(Duration.ofHours(3))),
                status);
        return id;
    }

    /** Ada's order with one ticket per validity given. */
    private void anOrder(UUID event, String status, Boolean... ticketsValid) {
        anOrder(event, ada, status, ticketsValid);
    }

    private void anOrder(UUID event, UUID customer, String status, Boolean... ticketsValid) {
        UUID order = UUID.randomUUID();
        jdbc.update(
                """
                insert into tickets_orders (order_id, customer_id, event_id, tier_id, quantity, status, placed_at)
                values (?, ?, ?, ?, ?, ?, ?)""",
                order,
                customer,
                event,
                UUID.randomUUID(),
                Math.max(1, ticketsValid.length),
                status,
                Timestamp.from(now.minus(Duration.ofDays(400))));
        for (int i = 0; i < ticketsValid.length; i++) {
            jdbc.update(
                    "insert into tickets_order_tickets (code, order_id, position, valid) values (?, ?, ?, ?)",
                    "CODE" + UUID.randomUUID(),
                    order,
                    i,
                    ticketsValid[i]);
        }
    }

    private static Postgres startPostgres() {
        try {
            return Postgres.start(Path.of("target", "it-postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String migrated(String database) {
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password())
                .schemas("query")
                .createSchemas(true)
                .locations("classpath:db/platform/common", "classpath:db/query")
                .load()
                .migrate();
        return database;
    }
}
