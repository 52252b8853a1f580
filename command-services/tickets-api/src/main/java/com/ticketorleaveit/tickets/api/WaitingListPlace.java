package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's entry on a tier's waiting list as the tier sees it when asked.
 *
 * @param position 1 for the next customer to be offered a seat; null once a seat is offered
 * @param offerId the offer to buy with, while {@link WaitingListStatus#OFFERED}
 * @param offerExpiresAt until when the offer holds its seat
 */
public record WaitingListPlace(
        UUID entryId, UUID tierId, WaitingListStatus status, Integer position, UUID offerId, Instant offerExpiresAt) {}
