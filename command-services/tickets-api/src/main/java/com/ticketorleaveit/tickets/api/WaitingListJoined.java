package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A customer joined a sold-out tier's waiting list, for one seat.
 *
 * @param number the entry's place in the order of joining, 1 for the tier's first: seats are offered in this order
 */
@Revision("1")
public record WaitingListJoined(
        UUID tierId, UUID eventId, UUID entryId, int number, UUID customerId, String customerEmail) {}
