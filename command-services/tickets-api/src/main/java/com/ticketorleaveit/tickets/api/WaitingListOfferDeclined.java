package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The offered customer left the waiting list. Its seat is free ({@code remaining} counts it) until the next event
 * offers it to the next customer waiting, in the same transaction, if anyone waits.
 */
@Revision("1")
public record WaitingListOfferDeclined(
        UUID tierId, UUID eventId, UUID offerId, UUID entryId, UUID customerId, int remaining) {}
