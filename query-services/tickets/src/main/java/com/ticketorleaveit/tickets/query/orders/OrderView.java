package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.tickets.api.CancellationReason;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as its buyer sees it; amount and currency appear once seats are held, tickets once confirmed, the
 * cancellation once cancelled and the refund once the money went back. Fields are only ever added: clients read the
 * older ones.
 */
public record OrderView(
        UUID id,
        OrderStatus status,
        UUID eventId,
        UUID tierId,
        int quantity,
        Long amountMinor,
        String currency,
        List<Ticket> tickets,
        String failureReason,
        Instant placedAt,
        Instant cancelledAt,
        CancellationReason cancellationReason,
        Instant refundedAt,
        Long refundedAmountMinor) {

    /**
     * A ticket admits its holder while valid; it is void once its order is cancelled or refunded. {@code checkedInAt}:
     * when it was first scanned at the door, if it was. Its QR code is at {@code tickets/{code}/qr} of the order.
     */
    public record Ticket(String code, boolean valid, Instant checkedInAt) {

        public Ticket(String code, boolean valid) {
            this(code, valid, null);
        }
    }

    OrderView withTickets(List<Ticket> tickets) {
        return new OrderView(
                id,
                status,
                eventId,
                tierId,
                quantity,
                amountMinor,
                currency,
                tickets,
                failureReason,
                placedAt,
                cancelledAt,
                cancellationReason,
                refundedAt,
                refundedAmountMinor);
    }
}
