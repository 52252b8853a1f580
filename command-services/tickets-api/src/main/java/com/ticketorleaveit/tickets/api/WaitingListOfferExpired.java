package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An offer ran out unused. Its seat is free ({@code remaining} counts it) until the next event offers it to the next
 * customer waiting, in the same transaction, if anyone waits.
 */
@Revision("1")
public record WaitingListOfferExpired(
        UUID tierId, UUID eventId, UUID offerId, UUID entryId, UUID customerId, int remaining) {}
