package com.ticketorleaveit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatePacerTest {

    private static final long START = 1_000_000_000L;

    @Test
    void spacesIntendedStartsEvenlyFromTheStart() {
        RatePacer pacer = new RatePacer(4, START, 10);

        assertThat(pacer.intendedStart(0)).isEqualTo(START);
        assertThat(pacer.intendedStart(1)).isEqualTo(START + 250_000_000L);
        assertThat(pacer.intendedStart(8)).isEqualTo(START + 2_000_000_000L);
    }

    @Test
    void countsTheRequestsDueAtAMomentWhateverHappenedBefore() {
        RatePacer pacer = new RatePacer(4, START, 10);

        assertThat(pacer.dueBy(START - 1)).isZero();
        assertThat(pacer.dueBy(START)).isEqualTo(1);
        assertThat(pacer.dueBy(START + 249_999_999L)).isEqualTo(1);
        assertThat(pacer.dueBy(START + 250_000_000L)).isEqualTo(2);
        // a generator that stalled for a second owes all that fell due meanwhile
        assertThat(pacer.dueBy(START + 1_100_000_000L)).isEqualTo(5);
        assertThat(pacer.dueBy(START + 60_000_000_000L)).isEqualTo(10);
    }

    @Test
    void dueCountAgreesWithIntendedStartsForRatesThatDoNotDivideASecond() {
        RatePacer pacer = new RatePacer(3, START, 1_000);

        for (long i = 0; i < 1_000; i++) {
            long intended = pacer.intendedStart(i);
            assertThat(pacer.dueBy(intended)).as("due at %d", i).isEqualTo(i + 1);
            assertThat(pacer.dueBy(intended - 1)).as("due before %d", i).isEqualTo(i);
        }
    }

    @Test
    void offersRateTimesDuration() {
        assertThat(RatePacer.countFor(100, 60_000_000_000L)).isEqualTo(6_000);
        assertThat(RatePacer.countFor(2.5, 1_000_000_000L)).isEqualTo(3);
        assertThat(RatePacer.countFor(1, 1_000L)).isEqualTo(1);
    }

    @Test
    void sendsEveryRequestOnceInOrderNotBeforeItsIntendedStart() {
        RatePacer pacer = new RatePacer(2_000, System.nanoTime(), 200);
        List<long[]> sent = new ArrayList<>();

        pacer.run((index, intended) -> sent.add(new long[] {index, intended, System.nanoTime()}));

        assertThat(sent).hasSize(200);
        for (int i = 0; i < sent.size(); i++) {
            assertThat(sent.get(i)[0]).isEqualTo(i);
            assertThat(sent.get(i)[1]).isEqualTo(pacer.intendedStart(i));
            assertThat(sent.get(i)[2]).isGreaterThanOrEqualTo(sent.get(i)[1]);
        }
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> new RatePacer(0, START, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatePacer(Double.NaN, START, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
