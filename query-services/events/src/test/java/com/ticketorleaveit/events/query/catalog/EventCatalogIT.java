package com.ticketorleaveit.events.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventDetailsChanged;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventSalesClosed;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.SalesClosure;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierAdded;
import com.ticketorleaveit.events.api.TierChanged;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.TierSalesWindowChanged;
import com.ticketorleaveit.events.api.VendorBooked;
import com.ticketorleaveit.events.api.VendorUnbooked;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.local.Postgres;
import com.ticketorleaveit.tickets.api.TierCapacityChanged;
import com.ticketorleaveit.tickets.api.TierSalesCancelled;
import com.ticketorleaveit.tickets.api.TierSalesClosed;
import com.ticketorleaveit.tickets.api.TierSalesOpened;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The catalog in a real PostgreSQL, on the schema its migrations build: what the projection makes of an event's
 * publication and cancellation, and what the catalog then answers for one event and in its list.
 */
class EventCatalogIT {

    private static final Instant CANCELLED_AT = Instant.parse("2027-05-01T09:30:00Z");
    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2027-06-01T20:00:00+02:00");

    private static Postgres postgres;
    private static DataSource dataSource;

    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final EventCatalogProjection projection = new EventCatalogProjection(jdbc);
    private final EventCatalog catalog = new EventCatalog(jdbc);

    private final UUID organizer = UUID.randomUUID();

    @BeforeAll
    static void migrate() throws IOException {
        postgres = Postgres.start(Path.of("target", "it-postgres"));
        String database = postgres.createScratchDatabase("events_catalog_it");
        dataSource = new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                postgres.jdbcUrl(database) + "?currentSchema=query",
                postgres.user(),
                postgres.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("query")
                .createSchemas(true)
                .locations("classpath:db/query/events")
                .load()
                .migrate();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyTables() {
        projection.reset();
    }

    @Test
    void aCancelledEventShowsCancelledWithWhenAndNoTierOnSale() {
        Sale sale = aPublishedEventOnSale(STARTS);

        projection.on(sale.cancellation(CANCELLED_AT));

        EventCatalog.OwnedEvent event = catalog.find(sale.event.value()).orElseThrow();
        assertThat(event.published()).isTrue();
        assertThat(event.details().status()).isEqualTo("CANCELLED");
        assertThat(event.details().cancelledAt()).isEqualTo(CANCELLED_AT);
        assertThat(event.details().tiers())
                .extracting(EventDetails.TierAvailability::onSale)
                .containsOnly(false);
    }

    @Test
    void aPublishedEventShowsNoCancellation() {
        Sale sale = aPublishedEventOnSale(STARTS);

        EventDetails event = catalog.find(sale.event.value()).orElseThrow().details();

        assertThat(event.status()).isEqualTo("PUBLISHED");
        assertThat(event.cancelledAt()).isNull();
        assertThat(event.tiers())
                .extracting(EventDetails.TierAvailability::onSale)
                .containsOnly(true);
    }

    @Test
    void aTierWhoseSalesAreCancelledIsNoLongerOnSale() {
        Sale sale = aPublishedEventOnSale(STARTS);

        projection.on(new TierSalesCancelled(sale.firstTier.value(), sale.event.value()));

        assertThat(catalog.find(sale.event.value()).orElseThrow().details().tiers())
                .extracting(EventDetails.TierAvailability::onSale)
                .containsExactly(false, true);
    }

    @Test
    void aTierOfACancelledEventStaysOffSaleWhenItsSalesOpenAfterTheCancellation() {
        Sale sale = aPublishedEvent(STARTS);
        projection.on(sale.cancellation(CANCELLED_AT));

        projection.on(new TierSalesOpened(sale.firstTier.value(), sale.event.value()));

        assertThat(catalog.find(sale.event.value()).orElseThrow().details().tiers())
                .extracting(EventDetails.TierAvailability::onSale)
                .containsOnly(false);
    }

    @Test
    void aCancellationSeenAgainChangesNothing() {
        Sale sale = aPublishedEventOnSale(STARTS);
        projection.on(sale.cancellation(CANCELLED_AT));

        projection.on(sale.cancellation(CANCELLED_AT.plusSeconds(3600)));

        assertThat(catalog.find(sale.event.value()).orElseThrow().details().cancelledAt())
                .isEqualTo(CANCELLED_AT);
    }

    @Test
    void aPublicationSeenAgainNeverTakesACancelledEventBack() {
        Sale sale = aPublishedEventOnSale(STARTS);
        projection.on(sale.cancellation(CANCELLED_AT));

        projection.on(new EventPublished(sale.event, List.of(sale.firstTier, sale.secondTier)));

        EventDetails event = catalog.find(sale.event.value()).orElseThrow().details();
        assertThat(event.status()).isEqualTo("CANCELLED");
        assertThat(event.cancelledAt()).isEqualTo(CANCELLED_AT);
    }

    @Test
    void listsPublishedUpcomingEventsByStartButNeverADraftAndACancelledOneOnlyWhenAskedFor() {
        Sale cancelled = aPublishedEventOnSale(STARTS);
        projection.on(cancelled.cancellation(CANCELLED_AT));
        Sale published = aPublishedEventOnSale(STARTS.plusDays(1));
        Sale past = aPublishedEventOnSale(STARTS.minusDays(10));
        Sale cancelledDraft = aDraft(STARTS.plusDays(2));
        projection.on(cancelledDraft.cancellation(CANCELLED_AT));
        aDraft(STARTS.plusDays(3));
        Instant now = STARTS.minusDays(1).toInstant();

        EventPage upcoming = catalog.search(CatalogQuery.upcoming(now, 0, 20));
        EventPage withCancelled = catalog.search(everything(now, 0, 20, true));
        EventPage sincePast =
                catalog.search(CatalogQuery.upcoming(STARTS.minusDays(30).toInstant(), 0, 20));

        assertThat(upcoming.items()).extracting(EventSummary::id).containsExactly(published.event.value());
        assertThat(upcoming.total()).isEqualTo(1);
        assertThat(withCancelled.items())
                .extracting(EventSummary::id, EventSummary::status)
                .containsExactly(
                        tuple(cancelled.event.value(), "CANCELLED"), tuple(published.event.value(), "PUBLISHED"));
        assertThat(withCancelled.total()).isEqualTo(2);
        assertThat(sincePast.items())
                .extracting(EventSummary::id)
                .containsExactly(past.event.value(), published.event.value());
    }

    @Test
    void findsWordsInTheNameTagsVenueAndDescriptionWhateverTheirForm() {
        EventId summer = anEvent("Summer Concert", EventType.CONCERT, "Open air.", List.of("pop"), "Lisbon", List.of());
        EventId jazz =
                anEvent("Late Sets", EventType.CONCERT, "Saxophones till dawn.", List.of("jazz"), "Porto", List.of());
        EventId talks =
                anEvent("Data Days", EventType.CONFERENCE, "Talks on databases.", List.of(), "Lisbon", List.of());

        assertThat(found(text("concerts"))).containsExactly(summer);
        assertThat(found(text("saxophone"))).containsExactly(jazz);
        assertThat(found(text("JAZZ"))).containsExactly(jazz);
        assertThat(found(text("porto"))).containsExactly(jazz);
        assertThat(found(text("database"))).containsExactly(talks);
        assertThat(found(text("\"data days\""))).containsExactly(talks);
        assertThat(found(text("lisbon -concert"))).containsExactly(talks);
        assertThat(found(text("opera"))).isEmpty();
    }

    @Test
    void criteriaCombine() {
        UUID vendor = UUID.randomUUID();
        EventId wanted =
                anEvent("Fado Night", EventType.CONCERT, "Voices.", List.of("fado", "live"), "Lisbon", List.of(vendor));
        anEvent("Fado Talk", EventType.CONFERENCE, "About fado.", List.of("fado", "live"), "Lisbon", List.of(vendor));
        anEvent("Fado Elsewhere", EventType.CONCERT, "Voices.", List.of("fado", "live"), "Porto", List.of(vendor));
        anEvent("Fado Unplugged", EventType.CONCERT, "Voices.", List.of("fado"), "Lisbon", List.of(vendor));
        anEvent("Fado Without Us", EventType.CONCERT, "Voices.", List.of("fado", "live"), "Lisbon", List.of());
        Instant now = STARTS.minusDays(1).toInstant();

        EventPage page = catalog.search(new CatalogQuery(
                Optional.of("fado"),
                Optional.of(EventType.CONCERT),
                Optional.of("live"),
                Optional.of("LISBON"),
                now,
                Optional.of(STARTS.plusHours(1).toInstant()),
                Optional.of(vendor),
                false,
                0,
                20));

        assertThat(page.items()).extracting(EventSummary::id).containsExactly(wanted.value());
        assertThat(page.total()).isEqualTo(1);
        assertThat(catalog.search(new CatalogQuery(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                now,
                                Optional.of(STARTS.toInstant()),
                                Optional.empty(),
                                false,
                                0,
                                20))
                        .items())
                .as("an event starting at 'to' is not before it")
                .isEmpty();
    }

    @Test
    void pagesFollowTheStartTimeAndNeverOverlap() {
        for (int day = 0; day < 5; day++) {
            aPublishedEventOnSale(STARTS.plusDays(day));
        }
        Instant now = STARTS.minusDays(1).toInstant();

        EventPage first = catalog.search(everything(now, 0, 2, false));
        EventPage second = catalog.search(everything(now, 1, 2, false));
        EventPage last = catalog.search(everything(now, 2, 2, false));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(2).doesNotContainAnyElementsOf(first.items());
        assertThat(last.items()).hasSize(1);
        assertThat(first.items().get(1).startsAt())
                .isBefore(second.items().get(0).startsAt());
    }

    @Test
    void aCancelledDraftWasNeverPublished() {
        Sale draft = aDraft(STARTS);

        projection.on(draft.cancellation(CANCELLED_AT));

        EventCatalog.OwnedEvent event = catalog.find(draft.event.value()).orElseThrow();
        assertThat(event.published()).isFalse();
        assertThat(event.details().status()).isEqualTo("CANCELLED");
    }

    private EventId anEvent(
            String name, EventType type, String description, List<String> tags, String city, List<UUID> vendors) {
        EventId event = EventId.random();
        TierId tier = TierId.random();
        projection.on(new EventCreated(
                event,
                organizer,
                name,
                type,
                description,
                tags,
                new Venue("Hall", "1 Main Street", city),
                STARTS,
                STARTS.plusHours(3),
                vendors,
                List.of(new Tier(tier, "General", 4500, "EUR", 100, 4))));
        projection.on(new EventPublished(event, List.of(tier)));
        return event;
    }

    @Test
    void changedDetailsShowAndAreSearchedByTheirNewWords() {
        Sale sale = aPublishedEventOnSale(STARTS);

        projection.on(new EventDetailsChanged(
                sale.event,
                "Harbour Blues",
                EventType.CONCERT,
                "Slow songs by the water.",
                List.of("blues"),
                new Venue("Quay Hall", "2 Quay", "Porto"),
                List.of("https://img.example.test/harbour.png")));

        EventDetails details = catalog.find(sale.event.value()).orElseThrow().details();
        assertThat(details.name()).isEqualTo("Harbour Blues");
        assertThat(details.venue().city()).isEqualTo("Porto");
        assertThat(details.imageUrls()).containsExactly("https://img.example.test/harbour.png");
        assertThat(found(text("blues"))).containsExactly(sale.event);
        assertThat(found(text("jazz"))).isEmpty();
    }

    @Test
    void aRescheduledEventShowsItsNewTimesInItsOwnOffset() {
        Sale sale = aPublishedEventOnSale(STARTS);
        OffsetDateTime later = OffsetDateTime.parse("2027-07-01T21:00:00+01:00");

        projection.on(
                new EventRescheduled(sale.event, later, later.plusHours(2), List.of(sale.firstTier, sale.secondTier)));

        EventDetails details = catalog.find(sale.event.value()).orElseThrow().details();
        assertThat(details.startsAt()).isEqualTo(later);
        assertThat(details.endsAt()).isEqualTo(later.plusHours(2));
    }

    @Test
    void aDraftsAddedTierComesLastAndAChangedOneShowsItsNewTerms() {
        Sale sale = aDraft(STARTS);
        TierId balcony = TierId.random();

        projection.on(new TierAdded(sale.event, new Tier(balcony, "Balcony", 3000, "EUR", 40, 2), STARTS));
        projection.on(new TierChanged(sale.event, new Tier(sale.firstTier, "Pit", 5000, "EUR", 80, 4)));

        assertThat(catalog.find(sale.event.value()).orElseThrow().details().tiers())
                .extracting(
                        EventDetails.TierAvailability::name,
                        EventDetails.TierAvailability::capacity,
                        EventDetails.TierAvailability::remaining)
                .containsExactly(tuple("Pit", 80, 80), tuple("Front row", 10, 10), tuple("Balcony", 40, 40));
    }

    @Test
    void vendorsBookedAndUnbookedShowAndAreSearchedBy() {
        Sale sale = aPublishedEventOnSale(STARTS);
        UUID quartet = UUID.randomUUID();
        UUID caterer = UUID.randomUUID();

        projection.on(new VendorBooked(sale.event, quartet));
        projection.on(new VendorBooked(sale.event, caterer));
        projection.on(new VendorBooked(sale.event, quartet));
        projection.on(new VendorUnbooked(sale.event, caterer));

        assertThat(catalog.find(sale.event.value()).orElseThrow().details().vendorIds())
                .containsExactly(quartet);
        assertThat(found(byVendor(quartet))).containsExactly(sale.event);
        assertThat(found(byVendor(caterer))).isEmpty();
    }

    private static CatalogQuery byVendor(UUID vendor) {
        return new CatalogQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                STARTS.minusDays(1).toInstant(),
                Optional.empty(),
                Optional.of(vendor),
                false,
                0,
                20);
    }

    @Test
    void aTiersSaleWindowShows() {
        Sale sale = aPublishedEventOnSale(STARTS);
        Instant opens = Instant.parse("2027-05-01T08:00:00Z");

        projection.on(new TierSalesWindowChanged(sale.event, sale.secondTier, opens, null));

        assertThat(catalog.find(sale.event.value()).orElseThrow().details().tiers())
                .extracting(EventDetails.TierAvailability::salesStartAt, EventDetails.TierAvailability::salesEndAt)
                .containsExactly(tuple(null, null), tuple(opens, null));
    }

    @Test
    void aTiersNewCapacityShowsWithTheSeatsItLeaves() {
        Sale sale = aPublishedEventOnSale(STARTS);

        projection.on(new TierCapacityChanged(sale.firstTier.value(), sale.event.value(), 60, 55));

        assertThat(catalog.find(sale.event.value()).orElseThrow().details().tiers())
                .extracting(EventDetails.TierAvailability::capacity, EventDetails.TierAvailability::remaining)
                .containsExactly(tuple(60, 55), tuple(10, 10));
    }

    @Test
    void closedSalesShowWhenAndNoTierOnSaleEvenOneThatOpensAfterwards() {
        Sale sale = aPublishedEvent(STARTS);
        projection.on(new TierSalesOpened(sale.firstTier.value(), sale.event.value()));

        projection.on(new EventSalesClosed(
                sale.event, List.of(sale.firstTier, sale.secondTier), SalesClosure.REQUESTED, organizer, CANCELLED_AT));
        projection.on(new TierSalesOpened(sale.secondTier.value(), sale.event.value()));
        projection.on(new TierSalesClosed(sale.firstTier.value(), sale.event.value()));

        EventDetails details = catalog.find(sale.event.value()).orElseThrow().details();
        assertThat(details.status()).isEqualTo("PUBLISHED");
        assertThat(details.salesClosedAt()).isEqualTo(CANCELLED_AT);
        assertThat(details.tiers())
                .extracting(EventDetails.TierAvailability::onSale)
                .containsOnly(false);
    }

    private List<EventId> found(CatalogQuery query) {
        return catalog.search(query).items().stream()
                .map(summary -> new EventId(summary.id()))
                .toList();
    }

    private static CatalogQuery text(String words) {
        Instant now = STARTS.minusDays(1).toInstant();
        return new CatalogQuery(
                Optional.of(words),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.empty(),
                Optional.empty(),
                false,
                0,
                20);
    }

    private static CatalogQuery everything(Instant from, int page, int size, boolean includeCancelled) {
        return new CatalogQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                from,
                Optional.empty(),
                Optional.empty(),
                includeCancelled,
                page,
                size);
    }

    private Sale aDraft(OffsetDateTime startsAt) {
        Sale sale = new Sale(EventId.random(), TierId.random(), TierId.random());
        projection.on(new EventCreated(
                sale.event,
                organizer,
                "Jazz Night",
                EventType.CONCERT,
                "Late sets.",
                List.of("jazz"),
                new Venue("Blue Room", "1 Main Street", "Springfield"),
                startsAt,
                startsAt.plusHours(3),
                List.of(),
                List.of(
                        new Tier(sale.firstTier, "General", 4500, "EUR", 100, 4),
                        new Tier(sale.secondTier, "Front row", 9000, "EUR", 10, 2))));
        return sale;
    }

    private Sale aPublishedEvent(OffsetDateTime startsAt) {
        Sale sale = aDraft(startsAt);
        projection.on(new EventPublished(sale.event, List.of(sale.firstTier, sale.secondTier)));
        return sale;
    }

    private Sale aPublishedEventOnSale(OffsetDateTime startsAt) {
        Sale sale = aPublishedEvent(startsAt);
        projection.on(new TierSalesOpened(sale.firstTier.value(), sale.event.value()));
        projection.on(new TierSalesOpened(sale.secondTier.value(), sale.event.value()));
        return sale;
    }

    private record Sale(EventId event, TierId firstTier, TierId secondTier) {

        EventCancelled cancellation(Instant at) {
            return new EventCancelled(event, List.of(firstTier, secondTier), UUID.randomUUID(), at);
        }
    }
}
