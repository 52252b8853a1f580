package com.ticketorleaveit.queryservices.eventviews;

import java.util.UUID;

/**
 * How far the refunds of an event's cancellation have come, as the order read model tells it.
 *
 * @param orders the event's orders that are due their money back once the event is cancelled: those still CONFIRMED
 *     (the cancellation has not reached them yet) and those cancelled with the event (CANCELLED or REFUNDED with
 *     reason EVENT_CANCELLED); orders cancelled for another reason had their own refund and are not counted
 * @param refunded of these, the orders whose money is back (REFUNDED with reason EVENT_CANCELLED)
 * @param pending {@code orders - refunded}: refunds still to come
 */
public record RefundProgress(UUID eventId, long orders, long refunded, long pending) {

    static RefundProgress of(UUID eventId, long orders, long refunded) {
        return new RefundProgress(eventId, orders, refunded, orders - refunded);
    }
}
