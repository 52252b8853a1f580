package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ticketorleaveit.benchmark.Customers.Customer;
import com.ticketorleaveit.benchmark.TrackedOrder.Tier;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderBatchTest {

    private static final long MS = 1_000_000L;

    private final OrderBatch batch = new OrderBatch(2);

    @Test
    void anOrderIsCompleteOnlyOnceConfirmedAndMailed() {
        TrackedOrder order = anOrderIntendedAt(0);
        order.accepted("o-1", 5 * MS);

        order.confirmed(100 * MS);
        assertThat(order.isComplete()).isFalse();
        assertThat(batch.open()).isEqualTo(1);

        order.mailArrived(150 * MS);
        assertThat(order.isComplete()).isTrue();
        assertThat(order.completedNanos()).isEqualTo(150 * MS);
        assertThat(order.ended()).isCompleted();
        assertThat(batch.open()).isZero();
        assertThat(batch.completed()).isEqualTo(1);
    }

    @Test
    void aMailBeforeTheConfirmationIsSeenCompletesTheOrderWhenItIs() {
        TrackedOrder order = anOrderIntendedAt(0);
        order.accepted("o-1", 5 * MS);

        order.mailArrived(80 * MS);
        order.confirmed(120 * MS);

        assertThat(order.completedNanos()).isEqualTo(120 * MS);
        assertThat(batch.placeToConfirmed().summary().p50Ms()).isCloseTo(120.0, within(0.5));
        assertThat(batch.placeToMail().summary().p50Ms()).isCloseTo(80.0, within(0.5));
    }

    @Test
    void latenciesRunFromTheIntendedSendTimeNotFromTheActualOne() {
        TrackedOrder late = anOrderIntendedAt(1_000 * MS);
        // sent 400 ms late by a stalled generator, answered at once
        late.accepted("o-1", 1_400 * MS);
        late.confirmed(1_500 * MS);

        assertThat(batch.placeToConfirmed().summary().p50Ms()).isCloseTo(500.0, within(0.5));
    }

    @Test
    void aRefusedOrARejectedOrderEndsWithoutCompleting() {
        TrackedOrder refused = anOrderIntendedAt(0);
        TrackedOrder rejected = anOrderIntendedAt(0);

        refused.refused("HTTP 503 at placement", 10 * MS);
        rejected.accepted("o-2", 10 * MS);
        rejected.finished("REJECTED", 50 * MS);
        rejected.mailArrived(60 * MS);

        assertThat(batch.open()).isZero();
        assertThat(batch.completed()).isZero();
        assertThat(batch.accepted()).isEqualTo(1);
        assertThat(batch.outcomes()).containsEntry("HTTP 503 at placement", 1L).containsEntry("REJECTED", 1L);
        assertThat(batch.countOutcome("REJECTED")).isEqualTo(1);
    }

    @Test
    void countsWhatWasCompleteAndWhatWasOpenAtAGivenMoment() {
        TrackedOrder early = anOrderIntendedAt(0);
        TrackedOrder late = anOrderIntendedAt(0);
        TrackedOrder never = anOrderIntendedAt(0);
        for (TrackedOrder order : new TrackedOrder[] {early, late, never}) {
            order.accepted(UUID.randomUUID().toString(), MS);
        }
        early.confirmed(100 * MS);
        early.mailArrived(110 * MS);
        late.confirmed(900 * MS);
        late.mailArrived(950 * MS);

        assertThat(batch.completedBy(500 * MS)).isEqualTo(1);
        assertThat(batch.openAt(500 * MS)).isEqualTo(2);
        assertThat(batch.completedBy(1_000 * MS)).isEqualTo(2);
        assertThat(batch.openAt(1_000 * MS)).isEqualTo(1);
        assertThat(batch.lastCompletedNanos()).isEqualTo(950 * MS);
        assertThat(batch.outcomes()).containsEntry("CONFIRMED", 2L).containsEntry("not final yet", 1L);
    }

    @Test
    void completionsComeOutAtTheirOwnPaceWhateverTheFirstOnesLatency() {
        // one order every 100 ms, each complete 5 s after it was offered: the system keeps pace at 10/s
        for (int i = 0; i < 11; i++) {
            TrackedOrder order = anOrderIntendedAt(i * 100 * MS);
            order.accepted("o-" + i, i * 100 * MS + MS);
            order.confirmed(i * 100 * MS + 4_900 * MS);
            order.mailArrived(i * 100 * MS + 5_000 * MS);
        }

        assertThat(batch.completionsPerSecond()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void fewerThanTwoCompletionsHaveNoPace() {
        TrackedOrder order = anOrderIntendedAt(0);
        order.accepted("o-1", MS);
        order.confirmed(2 * MS);
        order.mailArrived(3 * MS);

        assertThat(batch.completionsPerSecond()).isZero();
    }

    @Test
    void notesWhenTheLastSeatWasConfirmed() {
        TrackedOrder first = anOrderIntendedAt(0);
        TrackedOrder second = anOrderIntendedAt(0);
        first.accepted("o-1", MS);
        second.accepted("o-2", MS);

        first.confirmed(300 * MS);
        assertThat(batch.notedConfirmationNanos()).isZero();
        second.confirmed(700 * MS);

        assertThat(batch.notedConfirmationNanos()).isEqualTo(700 * MS);
    }

    @Test
    void aSecondAnswerChangesNothing() {
        TrackedOrder order = anOrderIntendedAt(0);
        order.accepted("o-1", MS);
        order.finished("PAYMENT_FAILED", 10 * MS);

        order.confirmed(20 * MS);
        order.finished("EXPIRED", 30 * MS);

        assertThat(order.outcome()).isEqualTo("PAYMENT_FAILED");
        assertThat(batch.confirmed()).isZero();
        assertThat(batch.open()).isZero();
    }

    private TrackedOrder anOrderIntendedAt(long nanos) {
        UUID id = UUID.randomUUID();
        TrackedOrder order = new TrackedOrder(
                batch,
                new Customer(id, "buyer-" + id + "@bench.example.test", "token"),
                new Tier("event", "tier"),
                id.toString(),
                nanos);
        batch.add(order);
        return order;
    }
}
