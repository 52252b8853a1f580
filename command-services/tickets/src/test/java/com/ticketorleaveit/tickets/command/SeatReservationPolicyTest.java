package com.ticketorleaveit.tickets.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.tickets.api.RejectionReason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeatReservationPolicyTest {

    private static final int LIMIT = 4;

    @Nested
    class Policy {

        @Test
        void allowsAnOrderWithinTheLimitWhileSeatsRemain() {
            assertThat(SeatReservationPolicy.refusal(true, LIMIT, new Seats(10, 3, 3), 4))
                    .isEmpty();
        }

        @Test
        void refusesWhenSalesAreNotOpen() {
            assertThat(SeatReservationPolicy.refusal(false, LIMIT, Seats.of(10), 1))
                    .contains(RejectionReason.SALES_NOT_OPEN);
        }

        @Test
        void refusesMoreThanThePerOrderLimit() {
            assertThat(SeatReservationPolicy.refusal(true, LIMIT, Seats.of(10), LIMIT + 1))
                    .contains(RejectionReason.OVER_ORDER_LIMIT);
        }

        @Test
        void refusesWhenFewerSeatsRemainThanRequested() {
            assertThat(SeatReservationPolicy.refusal(true, LIMIT, new Seats(10, 4, 4), 3))
                    .contains(RejectionReason.SOLD_OUT);
        }

        @Test
        void aQuantityBelowOneIsAnErrorNotAReasonToTellTheBuyer() {
            assertThatThrownBy(() -> SeatReservationPolicy.refusal(true, LIMIT, Seats.of(10), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void closedSalesOutrankEveryOtherReason() {
            assertThat(SeatReservationPolicy.refusal(false, LIMIT, new Seats(1, 0, 1), LIMIT + 1))
                    .contains(RejectionReason.SALES_NOT_OPEN);
        }
    }

    @Nested
    class SeatArithmetic {

        @Test
        void holdingTakesSeatsFromWhatRemains() {
            assertThat(Seats.of(10).hold(3).remaining()).isEqualTo(7);
        }

        @Test
        void releasingGivesHeldSeatsBack() {
            assertThat(Seats.of(10).hold(3).release(3)).isEqualTo(Seats.of(10));
        }

        @Test
        void sellingTurnsHeldSeatsIntoSoldSeats() {
            assertThat(Seats.of(10).hold(3).sell(3)).isEqualTo(new Seats(10, 0, 3));
        }

        @Test
        void neverHoldsMoreSeatsThanExist() {
            assertThatThrownBy(() -> new Seats(5, 3, 2).hold(1)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void cannotReleaseSeatsThatAreNotHeld() {
            assertThatThrownBy(() -> Seats.of(5).release(1)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void rejectsAQuantityBelowOne() {
            assertThatThrownBy(() -> Seats.of(5).hold(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
