package com.ticketorleaveit.events.command;

import com.ticketorleaveit.events.api.CancelEvent;
import com.ticketorleaveit.events.api.CreateEvent;
import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventErrors;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventPublished;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.PublishEvent;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.Venue;
import com.ticketorleaveit.platform.refusal.Refusal;
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
}
