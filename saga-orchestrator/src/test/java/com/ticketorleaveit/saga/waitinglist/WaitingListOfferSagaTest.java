package com.ticketorleaveit.saga.waitinglist;

import com.ticketorleaveit.tickets.api.ExpireWaitingListOffer;
import com.ticketorleaveit.tickets.api.WaitingListOfferMade;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WaitingListOfferSagaTest {

    private static final UUID TIER = UUID.randomUUID();
    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID OFFER = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2030-05-10T12:00:00Z");
    private static final Duration OFFER_HOLD = Duration.ofMinutes(15);

    private SagaTestFixture<WaitingListOfferSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(WaitingListOfferSaga.class);
    }

    private static WaitingListOfferMade anOfferMade() {
        return new WaitingListOfferMade(
                TIER,
                EVENT,
                OFFER,
                UUID.randomUUID(),
                CUSTOMER,
                "anna@example.test",
                "Standing",
                4_500,
                "EUR",
                NOW.plus(OFFER_HOLD),
                0);
    }

    @Test
    void setsADeadlineWhenTheOfferRunsOut() {
        fixture.givenCurrentTime(NOW)
                .whenPublishingA(anOfferMade())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(NOW.plus(OFFER_HOLD), WaitingListOfferSaga.OFFER_EXPIRY)
                .expectNoDispatchedCommands();
    }

    @Test
    void anOfferRunningOutIsExpiredAtTheTierWhichPassesItsSeatOn() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anOfferMade())
                .whenTimeElapses(OFFER_HOLD)
                .expectDispatchedCommands(new ExpireWaitingListOffer(TIER, OFFER))
                .expectActiveSagas(0);
    }

    @Test
    void nothingExpiresBeforeTheOfferRunsOut() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anOfferMade())
                .whenTimeElapses(OFFER_HOLD.minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void anOfferSeenLateExpiresAtOnce() {
        fixture.givenCurrentTime(NOW.plus(OFFER_HOLD).plusSeconds(30))
                .andThenAPublished(anOfferMade())
                .whenTimeElapses(Duration.ofMillis(1))
                .expectDispatchedCommands(new ExpireWaitingListOffer(TIER, OFFER));
    }

    @Test
    void aRedeliveredOfferSetsNoSecondDeadline() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(anOfferMade())
                .whenPublishingA(anOfferMade())
                .expectNoDispatchedCommands()
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(NOW.plus(OFFER_HOLD), WaitingListOfferSaga.OFFER_EXPIRY);
    }
}
