package com.ticketorleaveit.tickets.query.waitinglist;

import com.ticketorleaveit.tickets.api.WaitingListStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's entry on a tier's waiting list.
 *
 * @param position 1 for the next customer to be offered a seat, while {@link WaitingListStatus#WAITING}; null otherwise
 * @param offerId the offer to buy the held seat with (an order naming it), once offered
 * @param offerExpiresAt until when the offer holds its seat
 * @param orderId the order placed with the offer, once {@link WaitingListStatus#PURCHASED}
 */
public record WaitingListEntryView(
        UUID entryId,
        UUID eventId,
        UUID tierId,
        WaitingListStatus status,
        Integer position,
        Instant joinedAt,
        UUID offerId,
        Instant offerExpiresAt,
        UUID orderId) {}
