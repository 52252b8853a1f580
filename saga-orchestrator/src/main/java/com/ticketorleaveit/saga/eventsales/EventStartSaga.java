package com.ticketorleaveit.saga.eventsales;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.ticketorleaveit.events.api.CloseSalesAtStart;
import com.ticketorleaveit.events.api.EventCancelled;
import com.ticketorleaveit.events.api.EventCreated;
import com.ticketorleaveit.events.api.EventId;
import com.ticketorleaveit.events.api.EventRescheduled;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event's sales close by themselves when it starts: one persistent deadline per event, at its start, moved when the
 * event is rescheduled and dropped when it is cancelled. When it falls due the event is told ({@link
 * CloseSalesAtStart}) with the start it was set for, and decides: a draft, a cancelled event, sales already closed or a
 * start that moved meanwhile change nothing. A deadline that falls due while the orchestrator is down runs when it is
 * back (ADR 7), so a start is never missed, only noticed late.
 *
 * <p>It starts with the event's creation, drafts included, because only the creation carries the start; a draft's
 * deadline closes nothing. It feeds from the event-sales queue, ordered by event, beside {@link EventSalesPolicy}.
 */
@Saga
@ProcessingGroup(EventSalesPolicy.PROCESSING_GROUP)
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class EventStartSaga {

    /** Falls due at the event's start. */
    static final String EVENT_START = "event-start-closes-sales";

    @Autowired
    private transient CommandGateway commandGateway;

    @Autowired
    private transient DeadlineManager deadlineManager;

    private EventId eventId;
    private Instant startsAt;
    private String deadlineId;

    public EventStartSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "eventId")
    void on(EventCreated event) {
        if (eventId != null) {
            return;
        }
        eventId = event.eventId();
        startAt(event.startsAt().toInstant());
    }

    @SagaEventHandler(associationProperty = "eventId")
    void on(EventRescheduled event) {
        Instant newStart = event.startsAt().toInstant();
        if (!newStart.equals(startsAt)) {
            deadlineManager.cancelSchedule(EVENT_START, deadlineId);
            startAt(newStart);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "eventId")
    void on(EventCancelled event) {
        deadlineManager.cancelSchedule(EVENT_START, deadlineId);
    }

    @DeadlineHandler(deadlineName = EVENT_START)
    void eventStarts() {
        commandGateway.sendAndWait(new CloseSalesAtStart(eventId, startsAt));
        SagaLifecycle.end();
    }

    private void startAt(Instant start) {
        startsAt = start;
        deadlineId = deadlineManager.schedule(start, EVENT_START);
    }
}
