package com.ticketorleaveit.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class TallyTest {

    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void countsOnceTheHandlersUnitOfWorkCommits() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(anEventAt(new GlobalSequenceTrackingToken(7)));

        Tally.afterCommit(counted::incrementAndGet);
        assertThat(counted).hasValue(0);
        unitOfWork.commit();

        assertThat(counted).hasValue(1);
    }

    @Test
    void countsNothingWhenTheUnitOfWorkRollsBack() {
        var unitOfWork = DefaultUnitOfWork.startAndGet(anEventAt(new GlobalSequenceTrackingToken(7)));

        Tally.afterCommit(counted::incrementAndGet);
        unitOfWork.rollback();

        assertThat(counted).hasValue(0);
    }

    @Test
    void countsNothingWhileTheProcessorReplays() {
        TrackingToken replaying =
                ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(9), new GlobalSequenceTrackingToken(3));
        var unitOfWork = DefaultUnitOfWork.startAndGet(anEventAt(replaying));

        Tally.afterCommit(counted::incrementAndGet);
        unitOfWork.commit();

        assertThat(counted).hasValue(0);
    }

    @Test
    void countsAtOnceOutsideAUnitOfWork() {
        Tally.afterCommit(counted::incrementAndGet);

        assertThat(counted).hasValue(1);
    }

    private static GenericTrackedEventMessage<String> anEventAt(TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("something happened"));
    }
}
