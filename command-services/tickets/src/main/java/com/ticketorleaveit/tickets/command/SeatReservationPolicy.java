package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.tickets.api.RejectionReason;
import java.util.Optional;

/** Whether an order may hold seats of a tier now, and if not, the one reason the buyer is told. */
final class SeatReservationPolicy {

    private SeatReservationPolicy() {}

    /**
     * @return empty when the seats can be held, otherwise why not: closed sales first, then a request above the
     *     per-order limit, then too few seats left
     */
    static Optional<RejectionReason> refusal(boolean onSale, int perOrderLimit, Seats seats, int quantity) {
        if (!onSale) {
            return Optional.of(RejectionReason.SALES_NOT_OPEN);
        }
        if (quantity < 1 || quantity > perOrderLimit) {
            return Optional.of(RejectionReason.OVER_ORDER_LIMIT);
        }
        if (!seats.canHold(quantity)) {
            return Optional.of(RejectionReason.SOLD_OUT);
        }
        return Optional.empty();
    }
}
