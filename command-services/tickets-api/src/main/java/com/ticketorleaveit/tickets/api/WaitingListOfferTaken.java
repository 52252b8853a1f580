package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The offered customer placed an order with the offer: its seat is held for that order from now on, as for any order
 * (sold when it is paid, passed on to the next customer waiting when it fails or expires).
 */
@Revision("1")
public record WaitingListOfferTaken(
        UUID tierId, UUID eventId, UUID offerId, UUID entryId, UUID customerId, OrderId orderId) {}
