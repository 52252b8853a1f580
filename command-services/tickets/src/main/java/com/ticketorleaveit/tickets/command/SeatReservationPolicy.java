package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.tickets.api.RejectionReason;
import java.util.Optional;

/** Whether an order may hold seats of a tier now, and if not, the one reason the buyer is told. */
final class SeatReservationPolicy {

    private SeatReservationPolicy() {}

    /**
     * @param quantity at least 1: the web layer refuses anything less before it becomes a command
     * @return empty when the seats can be held, otherwise why not: closed sales first, then a request above the
     *     per-order limit, then too few seats left
     * @throws IllegalArgumentException for a quantity below 1, which no buyer can be told a reason for
     */
    static Optional<RejectionReason> refusal(boolean onSale, int perOrderLimit, Seats seats, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("An order holds at least 1 seat, not " + quantity);
        }
        if (!onSale) {
            return Optional.of(RejectionReason.SALES_NOT_OPEN);
        }
        if (quantity > perOrderLimit) {
            return Optional.of(RejectionReason.OVER_ORDER_LIMIT);
        }
        if (!seats.canHold(quantity)) {
            return Optional.of(RejectionReason.SOLD_OUT);
        }
        return Optional.empty();
    }
}
