package com.ticketorleaveit.events.command;

import com.ticketorleaveit.events.api.AddTier;
import com.ticketorleaveit.events.api.BookVendor;
import com.ticketorleaveit.events.api.CancelEvent;
import com.ticketorleaveit.events.api.ChangeTier;
import com.ticketorleaveit.events.api.CloseSales;
import com.ticketorleaveit.events.api.CloseSalesAtStart;
import com.ticketorleaveit.events.api.CreateEvent;
import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventDetailsChanged;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventSalesClosed;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.PublishEvent;
import com.ticketorleaveit.events.api.SalesClosedTiers;
import com.ticketorleaveit.events.api.SalesClosure;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierAdded;
import com.ticketorleaveit.events.api.TierChangeAccepted;
import com.ticketorleaveit.events.api.TierChanged;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.TierSalesWindowChanged;
import com.ticketorleaveit.events.api.UnbookVendor;
import com.ticketorleaveit.events.api.UpdateEvent;
import com.ticketorleaveit.events.api.VendorBooked;
import com.ticketorleaveit.events.api.VendorUnbooked;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.platform.refusal.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final java.time.Instant AT = java.time.Instant.parse("2030-05-01T10:00:00Z");

    private static final UUID ORGANIZER = UUID.randomUUID();
    private static final EventId EVENT = EventId.random();
    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2030-06-01T19:00:00+02:00");

    private AggregateTestFixture<Event> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Event.class);
    }

    static Tier aTier(String name) {
        return new Tier(TierId.random(), name, 4_500, "EUR", 100, 4);
    }

    static CreateEvent anEventWithTiers(List<Tier> tiers) {
        return new CreateEvent(
                EVENT,
                ORGANIZER,
                "Summer Nights",
                EventType.CONCERT,
                "Open air",
                List.of("jazz"),
                new Venue("Park Stage", "1 Park Road", "Lisbon"),
                STARTS,
                STARTS.plusHours(3),
                List.of(),
                tiers);
    }

    static EventCreated created(CreateEvent command) {
        return new EventCreated(
                command.eventId(),
                command.organizerUserId(),
                command.name(),
                command.type(),
                command.description(),
                command.tags(),
                command.venue(),
                command.startsAt(),
                command.endsAt(),
                command.vendorIds(),
                command.tiers());
    }

    @Nested
    class CreateEventCommand {

        @Test
        void createsADraftWithItsTiers() {
            CreateEvent command = anEventWithTiers(List.of(aTier("Standing"), aTier("Seated")));

            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(created(command));
        }

        @Test
        void rejectsAnEventThatEndsBeforeItStarts() {
            CreateEvent valid = anEventWithTiers(List.of(aTier("Standing")));
            CreateEvent command = new CreateEvent(
                    valid.eventId(),
                    valid.organizerUserId(),
                    valid.name(),
                    valid.type(),
                    valid.description(),
                    valid.tags(),
                    valid.venue(),
                    STARTS,
                    STARTS.minusMinutes(1),
                    valid.vendorIds(),
                    valid.tiers());

            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.RULE_VIOLATION, EventErrors.INVALID_SCHEDULE));
        }

        @Test
        void rejectsTiersWithTheSameName() {
            fixture.givenNoPriorActivity()
                    .when(anEventWithTiers(List.of(aTier("VIP"), aTier("vip "))))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void rejectsMoreThanTwentyTiers() {
            List<Tier> tiers = new ArrayList<>();
            IntStream.rangeClosed(1, 21).forEach(i -> tiers.add(aTier("Tier " + i)));

            fixture.givenNoPriorActivity()
                    .when(anEventWithTiers(tiers))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void rejectsAnEventWithoutTiers() {
            fixture.givenNoPriorActivity()
                    .when(anEventWithTiers(List.of()))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void rejectsAPerOrderLimitAboveTheCapacity() {
            Tier tier = new Tier(TierId.random(), "Front row", 9_900, "EUR", 2, 3);

            fixture.givenNoPriorActivity()
                    .when(anEventWithTiers(List.of(tier)))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void rejectsATierWithoutSeats() {
            Tier tier = new Tier(TierId.random(), "Ghost", 100, "EUR", 0, 1);

            fixture.givenNoPriorActivity()
                    .when(anEventWithTiers(List.of(tier)))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void rejectsANegativePrice() {
            Tier tier = new Tier(TierId.random(), "Paid to attend", -1, "EUR", 10, 1);

            fixture.givenNoPriorActivity()
                    .when(anEventWithTiers(List.of(tier)))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void rejectsACurrencyThatIsNotThreeUpperCaseLetters() {
            Tier tier = new Tier(TierId.random(), "Standing", 100, "eur", 10, 1);

            fixture.givenNoPriorActivity()
                    .when(anEventWithTiers(List.of(tier)))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }
    }

    @Nested
    class PublishEventCommand {

        private final CreateEvent draft = anEventWithTiers(List.of(aTier("Standing"), aTier("Seated")));
        private final List<TierId> tierIds =
                draft.tiers().stream().map(Tier::tierId).toList();

        @Test
        void publishesTheOwnersEventWithAllItsTiers() {
            fixture.given(created(draft))
                    .when(new PublishEvent(EVENT, ORGANIZER, false))
                    .expectEvents(new EventPublished(EVENT, tierIds));
        }

        @Test
        void letsAnAdminPublishAnyEvent() {
            fixture.given(created(draft))
                    .when(new PublishEvent(EVENT, UUID.randomUUID(), true))
                    .expectEvents(new EventPublished(EVENT, tierIds));
        }

        @Test
        void forbidsPublishingBySomeoneElse() {
            fixture.given(created(draft))
                    .when(new PublishEvent(EVENT, UUID.randomUUID(), false))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.NOT_PERMITTED, EventErrors.NOT_EVENT_OWNER));
        }

        @Test
        void publishingTwiceChangesNothing() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new PublishEvent(EVENT, ORGANIZER, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aCancelledEventIsNeverPublished() {
            fixture.given(created(draft), new EventCancelled(EVENT, tierIds, ORGANIZER, AT))
                    .when(new PublishEvent(EVENT, ORGANIZER, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class CancelEventCommand {

        private final CreateEvent draft = anEventWithTiers(List.of(aTier("Standing"), aTier("Seated")));
        private final List<TierId> tierIds =
                draft.tiers().stream().map(Tier::tierId).toList();

        @Test
        void cancelsTheOwnersEventWithAllItsTiers() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new CancelEvent(EVENT, ORGANIZER, false, AT))
                    .expectEvents(new EventCancelled(EVENT, tierIds, ORGANIZER, AT));
        }

        @Test
        void letsAnAdminCancelAnyEventAndADraftToo() {
            UUID admin = UUID.randomUUID();
            fixture.given(created(draft))
                    .when(new CancelEvent(EVENT, admin, true, AT))
                    .expectEvents(new EventCancelled(EVENT, tierIds, admin, AT));
        }

        @Test
        void forbidsCancellingBySomeoneElse() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new CancelEvent(EVENT, UUID.randomUUID(), false, AT))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.NOT_PERMITTED, EventErrors.NOT_EVENT_OWNER));
        }

        @Test
        void cancellingTwiceIsOneCancellation() {
            fixture.given(
                            created(draft),
                            new EventPublished(EVENT, tierIds),
                            new EventCancelled(EVENT, tierIds, ORGANIZER, AT))
                    .when(new CancelEvent(EVENT, ORGANIZER, false, AT.plusSeconds(60)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    static UpdateEvent anUpdate(UUID by) {
        return new UpdateEvent(EVENT, by, false, null, null, null, null, null, null, null, null);
    }

    static ChangeTier aTierChange(TierId tier, UUID by) {
        return new ChangeTier(EVENT, tier, by, false, null, null, null, null, null, null, null);
    }

    static Refusal refusal(Refusal.Category category, String code) {
        return new Refusal(category, code);
    }

    @Nested
    class UpdateEventCommand {

        private final CreateEvent draft = anEventWithTiers(List.of(aTier("Standing")));
        private final List<TierId> tierIds = List.of(draft.tiers().get(0).tierId());

        @Test
        void changesTheDetailsGivenAndKeepsTheRest() {
            UpdateEvent update = new UpdateEvent(
                    EVENT,
                    ORGANIZER,
                    false,
                    "Summer Nights II",
                    null,
                    null,
                    List.of("jazz", "open air"),
                    new Venue("Harbour Stage", "2 Quay", "Porto"),
                    null,
                    null,
                    List.of("https://img.example.test/poster.png"));

            fixture.given(created(draft))
                    .when(update)
                    .expectEvents(new EventDetailsChanged(
                            EVENT,
                            "Summer Nights II",
                            EventType.CONCERT,
                            "Open air",
                            List.of("jazz", "open air"),
                            new Venue("Harbour Stage", "2 Quay", "Porto"),
                            List.of("https://img.example.test/poster.png")));
        }

        @Test
        void reschedulingAPublishedEventTellsItsTiersTheNewStart() {
            UpdateEvent later = new UpdateEvent(
                    EVENT,
                    ORGANIZER,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    STARTS.plusDays(1),
                    STARTS.plusDays(1).plusHours(3),
                    null);

            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(later)
                    .expectEvents(new EventRescheduled(
                            EVENT, STARTS.plusDays(1), STARTS.plusDays(1).plusHours(3), tierIds));
        }

        @Test
        void refusesANewStartAfterTheEnd() {
            UpdateEvent update = new UpdateEvent(
                    EVENT, ORGANIZER, false, null, null, null, null, null, STARTS.plusHours(4), null, null);

            fixture.given(created(draft))
                    .when(update)
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(refusal(Refusal.Category.RULE_VIOLATION, EventErrors.INVALID_SCHEDULE));
        }

        @Test
        void theSameDetailsAgainChangeNothing() {
            UpdateEvent same = new UpdateEvent(
                    EVENT, ORGANIZER, false, "Summer Nights", null, null, null, null, STARTS, null, null);

            fixture.given(created(draft))
                    .when(same)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void someoneElseIsToldTheEventDoesNotExist() {
            fixture.given(created(draft))
                    .when(new UpdateEvent(
                            EVENT, UUID.randomUUID(), false, "Mine now", null, null, null, null, null, null, null))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.NOT_FOUND, EventErrors.EVENT_NOT_FOUND));
        }

        @Test
        void letsAnAdminChangeAnyEvent() {
            fixture.given(created(draft))
                    .when(new UpdateEvent(
                            EVENT, UUID.randomUUID(), true, "Renamed", null, null, null, null, null, null, null))
                    .expectEvents(new EventDetailsChanged(
                            EVENT,
                            "Renamed",
                            EventType.CONCERT,
                            "Open air",
                            List.of("jazz"),
                            draft.venue(),
                            List.of()));
        }

        @Test
        void aCancelledEventChangesNoMore() {
            fixture.given(created(draft), new EventCancelled(EVENT, tierIds, ORGANIZER, AT))
                    .when(new UpdateEvent(EVENT, ORGANIZER, false, "Back on", null, null, null, null, null, null, null))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.CONFLICT, EventErrors.EVENT_CANCELLED));
        }
    }

    @Nested
    class AddTierCommand {

        private final CreateEvent draft = anEventWithTiers(List.of(aTier("Standing")));
        private final List<TierId> tierIds = List.of(draft.tiers().get(0).tierId());

        @Test
        void addsATierToADraftWithTheEventsStart() {
            Tier balcony = aTier("Balcony");

            fixture.given(created(draft))
                    .when(new AddTier(EVENT, ORGANIZER, false, balcony))
                    .expectEvents(new TierAdded(EVENT, balcony, STARTS));
        }

        @Test
        void refusesATierOnceTheEventIsPublished() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new AddTier(EVENT, ORGANIZER, false, aTier("Balcony")))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.CONFLICT, EventErrors.EVENT_ALREADY_PUBLISHED));
        }

        @Test
        void refusesANameAnotherTierHas() {
            fixture.given(created(draft))
                    .when(new AddTier(EVENT, ORGANIZER, false, aTier("standing")))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void publishingAfterwardsOpensTheAddedTierToo() {
            Tier balcony = aTier("Balcony");

            fixture.given(created(draft), new TierAdded(EVENT, balcony, STARTS))
                    .when(new PublishEvent(EVENT, ORGANIZER, false))
                    .expectEvents(new EventPublished(EVENT, List.of(tierIds.get(0), balcony.tierId())));
        }

        @Test
        void someoneElseIsToldTheEventDoesNotExist() {
            fixture.given(created(draft))
                    .when(new AddTier(EVENT, UUID.randomUUID(), false, aTier("Balcony")))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.NOT_FOUND, EventErrors.EVENT_NOT_FOUND));
        }
    }

    @Nested
    class ChangeTierCommand {

        private final Tier standing = aTier("Standing");
        private final CreateEvent draft = anEventWithTiers(List.of(standing));
        private final List<TierId> tierIds = List.of(standing.tierId());

        @Test
        void aDraftsTierChangesAnything() {
            ChangeTier change =
                    new ChangeTier(EVENT, standing.tierId(), ORGANIZER, false, "Pit", 5_000L, "USD", 50, 2, null, null);

            fixture.given(created(draft))
                    .when(change)
                    .expectEvents(new TierChanged(EVENT, new Tier(standing.tierId(), "Pit", 5_000, "USD", 50, 2)))
                    .expectResultMessagePayload(new TierChangeAccepted(null));
        }

        @Test
        void aDraftsTierKeepsItsPerOrderLimitWithinItsCapacity() {
            fixture.given(created(draft))
                    .when(new ChangeTier(
                            EVENT, standing.tierId(), ORGANIZER, false, null, null, null, 3, null, null, null))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void aPublishedTiersCapacityIsLeftToItsInventory() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new ChangeTier(
                            EVENT, standing.tierId(), ORGANIZER, false, null, null, null, 250, null, null, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new TierChangeAccepted(250));
        }

        @Test
        void aPublishedTiersPriceNoLongerChanges() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new ChangeTier(
                            EVENT, standing.tierId(), ORGANIZER, false, null, 1L, null, null, null, null, null))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.CONFLICT, EventErrors.EVENT_ALREADY_PUBLISHED));
        }

        @Test
        void refusesACapacityBelowOneSeat() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new ChangeTier(
                            EVENT, standing.tierId(), ORGANIZER, false, null, null, null, 0, null, null, null))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.INVALID, EventErrors.INVALID_TIERS));
        }

        @Test
        void anUnknownTierIsNotFound() {
            fixture.given(created(draft))
                    .when(aTierChange(TierId.random(), ORGANIZER))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.NOT_FOUND, EventErrors.TIER_NOT_FOUND));
        }

        @Test
        void someoneElseIsToldTheEventDoesNotExist() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new ChangeTier(
                            EVENT, standing.tierId(), UUID.randomUUID(), false, null, null, null, 1, null, null, null))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.NOT_FOUND, EventErrors.EVENT_NOT_FOUND));
        }
    }

    @Nested
    class SalesWindows {

        private final Tier standing = aTier("Standing");
        private final CreateEvent draft = anEventWithTiers(List.of(standing));
        private final List<TierId> tierIds = List.of(standing.tierId());
        private final Instant opens = STARTS.minusDays(20).toInstant();
        private final Instant ends = STARTS.minusDays(1).toInstant();

        private ChangeTier aWindow(Instant start, Instant end) {
            return new ChangeTier(EVENT, standing.tierId(), ORGANIZER, false, null, null, null, null, null, start, end);
        }

        @Test
        void aDraftsTierGetsASaleWindow() {
            fixture.given(created(draft))
                    .when(aWindow(opens, ends))
                    .expectEvents(new TierSalesWindowChanged(EVENT, standing.tierId(), opens, ends));
        }

        @Test
        void aPublishedTiersWindowMayStillMove() {
            fixture.given(
                            created(draft),
                            new TierSalesWindowChanged(EVENT, standing.tierId(), opens, ends),
                            new EventPublished(EVENT, tierIds))
                    .when(aWindow(null, ends.minusSeconds(3600)))
                    .expectEvents(new TierSalesWindowChanged(EVENT, standing.tierId(), null, ends.minusSeconds(3600)));
        }

        @Test
        void theSameWindowAgainChangesNothing() {
            fixture.given(created(draft), new TierSalesWindowChanged(EVENT, standing.tierId(), opens, ends))
                    .when(aWindow(opens, ends))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesSalesThatEndBeforeTheyStart() {
            fixture.given(created(draft))
                    .when(aWindow(ends, opens))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.RULE_VIOLATION, EventErrors.INVALID_SALES_WINDOW));
        }
    }

    @Nested
    class Vendors {

        private final UUID booked = UUID.randomUUID();
        private final CreateEvent draft = new CreateEvent(
                EVENT,
                ORGANIZER,
                "Summer Nights",
                EventType.CONCERT,
                "Open air",
                List.of("jazz"),
                new Venue("Park Stage", "1 Park Road", "Lisbon"),
                STARTS,
                STARTS.plusHours(3),
                List.of(booked),
                List.of(aTier("Standing")));

        @Test
        void booksAVendor() {
            UUID vendor = UUID.randomUUID();

            fixture.given(created(draft))
                    .when(new BookVendor(EVENT, vendor, ORGANIZER, false))
                    .expectEvents(new VendorBooked(EVENT, vendor));
        }

        @Test
        void bookingABookedVendorChangesNothing() {
            fixture.given(created(draft))
                    .when(new BookVendor(EVENT, booked, ORGANIZER, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void unbooksABookedVendorOnce() {
            fixture.given(created(draft))
                    .when(new UnbookVendor(EVENT, booked, ORGANIZER, false))
                    .expectEvents(new VendorUnbooked(EVENT, booked));
            fixture.given(created(draft), new VendorUnbooked(EVENT, booked))
                    .when(new UnbookVendor(EVENT, booked, ORGANIZER, false))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesMoreThanFiftyVendors() {
            List<Object> fifty = new ArrayList<>();
            fifty.add(created(draft));
            IntStream.range(1, Event.MAX_VENDORS).forEach(i -> fifty.add(new VendorBooked(EVENT, UUID.randomUUID())));

            fixture.given(fifty)
                    .when(new BookVendor(EVENT, UUID.randomUUID(), ORGANIZER, false))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.RULE_VIOLATION, EventErrors.TOO_MANY_VENDORS));
        }

        @Test
        void someoneElseIsToldTheEventDoesNotExist() {
            fixture.given(created(draft))
                    .when(new UnbookVendor(EVENT, booked, UUID.randomUUID(), false))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.NOT_FOUND, EventErrors.EVENT_NOT_FOUND));
        }
    }

    @Nested
    class CloseSalesCommand {

        private final CreateEvent draft = anEventWithTiers(List.of(aTier("Standing"), aTier("Seated")));
        private final List<TierId> tierIds =
                draft.tiers().stream().map(Tier::tierId).toList();

        @Test
        void closesAPublishedEventsSalesAndAnswersItsTiers() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new CloseSales(EVENT, ORGANIZER, false, AT))
                    .expectEvents(new EventSalesClosed(EVENT, tierIds, SalesClosure.REQUESTED, ORGANIZER, AT))
                    .expectResultMessagePayload(new SalesClosedTiers(tierIds));
        }

        @Test
        void closingTwiceIsOneClosure() {
            fixture.given(
                            created(draft),
                            new EventPublished(EVENT, tierIds),
                            new EventSalesClosed(EVENT, tierIds, SalesClosure.REQUESTED, ORGANIZER, AT))
                    .when(new CloseSales(EVENT, ORGANIZER, false, AT.plusSeconds(5)))
                    .expectNoEvents()
                    .expectResultMessagePayload(new SalesClosedTiers(tierIds));
        }

        @Test
        void aDraftHasNoSalesToClose() {
            fixture.given(created(draft))
                    .when(new CloseSales(EVENT, ORGANIZER, false, AT))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.CONFLICT, EventErrors.EVENT_NOT_PUBLISHED));
        }

        @Test
        void someoneElseIsToldTheEventDoesNotExist() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new CloseSales(EVENT, UUID.randomUUID(), false, AT))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.NOT_FOUND, EventErrors.EVENT_NOT_FOUND));
        }

        @Test
        void aCancelledEventsSalesAreClosedAlready() {
            fixture.given(
                            created(draft),
                            new EventPublished(EVENT, tierIds),
                            new EventCancelled(EVENT, tierIds, ORGANIZER, AT))
                    .when(new CloseSales(EVENT, ORGANIZER, false, AT))
                    .expectNoEvents()
                    .expectExceptionDetails(refusal(Refusal.Category.CONFLICT, EventErrors.EVENT_CANCELLED));
        }
    }

    @Nested
    class CloseSalesAtStartCommand {

        private final CreateEvent draft = anEventWithTiers(List.of(aTier("Standing")));
        private final List<TierId> tierIds = List.of(draft.tiers().get(0).tierId());

        @Test
        void aPublishedEventStopsSellingWhenItStarts() {
            fixture.given(created(draft), new EventPublished(EVENT, tierIds))
                    .when(new CloseSalesAtStart(EVENT, STARTS.toInstant()))
                    .expectEvents(
                            new EventSalesClosed(EVENT, tierIds, SalesClosure.EVENT_STARTED, null, STARTS.toInstant()));
        }

        @Test
        void aStartThatMovedMeanwhileClosesNothing() {
            fixture.given(
                            created(draft),
                            new EventPublished(EVENT, tierIds),
                            new EventRescheduled(
                                    EVENT,
                                    STARTS.plusDays(1),
                                    STARTS.plusDays(1).plusHours(3),
                                    tierIds))
                    .when(new CloseSalesAtStart(EVENT, STARTS.toInstant()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void salesClosedByTheOrganizerCloseNoMore() {
            fixture.given(
                            created(draft),
                            new EventPublished(EVENT, tierIds),
                            new EventSalesClosed(EVENT, tierIds, SalesClosure.REQUESTED, ORGANIZER, AT))
                    .when(new CloseSalesAtStart(EVENT, STARTS.toInstant()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDraftHasNothingToClose() {
            fixture.given(created(draft))
                    .when(new CloseSalesAtStart(EVENT, STARTS.toInstant()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
