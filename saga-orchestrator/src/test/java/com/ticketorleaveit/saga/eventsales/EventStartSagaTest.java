package com.ticketorleaveit.saga.eventsales;

import com.ticketorleaveit.events.api.CloseSalesAtStart;
import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventRescheduled;
import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.Tier;
import com.ticketorleaveit.events.api.TierId;
import com.ticketorleaveit.events.api.Venue;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStartSagaTest {

    private static final EventId EVENT = EventId.random();
    private static final Tier STANDING = new Tier(TierId.random(), "Standing", 2500, "EUR", 500, 6);
    private static final Instant NOW = Instant.parse("2030-05-25T18:00:00Z");
    /** The event starts a week from {@link #NOW}. */
    private static final Duration UNTIL_START = Duration.ofDays(7);

    private SagaTestFixture<EventStartSaga> fixture;
    private OffsetDateTime startsAt;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EventStartSaga.class);
        startsAt = OffsetDateTime.ofInstant(NOW.plus(UNTIL_START), ZoneOffset.ofHours(2));
    }

    private EventCreated anEventStartingAt(OffsetDateTime start) {
        return new EventCreated(
                EVENT,
                UUID.randomUUID(),
                "Summer Night",
                EventType.CONCERT,
                "Open air.",
                List.of("rock"),
                new Venue("Park Stage", "Parkweg 1", "Utrecht"),
                start,
                start.plusHours(3),
                List.of(),
                List.of(STANDING));
    }

    private EventRescheduled movedBy(Duration shift) {
        return new EventRescheduled(
                EVENT, startsAt.plus(shift), startsAt.plus(shift).plusHours(3), List.of(STANDING.tierId()));
    }

    @Test
    void setsADeadlineAtTheStartOfACreatedEvent() {
        fixture.givenCurrentTime(NOW)
                .whenPublishingA(anEventStartingAt(startsAt))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(startsAt.toInstant(), EventStartSaga.EVENT_START)
                .expectNoDispatchedCommands();
    }

    @Test
    void closesTheSalesWhenTheEventStarts() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anEventStartingAt(startsAt))
                .whenTimeElapses(UNTIL_START)
                .expectDispatchedCommands(new CloseSalesAtStart(EVENT, startsAt.toInstant()))
                .expectActiveSagas(0);
    }

    @Test
    void nothingClosesBeforeTheStart() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anEventStartingAt(startsAt))
                .whenTimeElapses(UNTIL_START.minusMinutes(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void aLaterStartMovesTheClose() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anEventStartingAt(startsAt))
                .andThenAPublished(movedBy(Duration.ofDays(1)))
                .whenTimeElapses(UNTIL_START.plusHours(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(startsAt.plusDays(1).toInstant(), EventStartSaga.EVENT_START);
    }

    @Test
    void anEarlierStartClosesSalesThen() {
        Instant earlier = startsAt.minusDays(2).toInstant();

        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anEventStartingAt(startsAt))
                .andThenAPublished(movedBy(Duration.ofDays(-2)))
                .whenTimeElapses(UNTIL_START.minusDays(2))
                .expectDispatchedCommands(new CloseSalesAtStart(EVENT, earlier));
    }

    @Test
    void aCancelledEventHasNoCloseToWaitFor() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anEventStartingAt(startsAt))
                .whenPublishingA(
                        new EventCancelled(EVENT, List.of(STANDING.tierId()), UUID.randomUUID(), Instant.now()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRedeliveredCreationSetsNoSecondDeadline() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anEventStartingAt(startsAt))
                .whenPublishingA(anEventStartingAt(startsAt))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(startsAt.toInstant(), EventStartSaga.EVENT_START);
    }
}
