package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A seat that came back (a failed or expired order, a cancellation, more capacity, an offer passed on) is held for
 * the first customer waiting until {@code expiresAt}: they may buy it with an order naming {@code offerId}. Carries
 * what the customer's mail needs, and the seats left on sale ({@code remaining}).
 */
@Revision("1")
public record WaitingListOfferMade(
        UUID tierId,
        UUID eventId,
        UUID offerId,
        UUID entryId,
        UUID customerId,
        String customerEmail,
        String tierName,
        long priceMinor,
        String currency,
        Instant expiresAt,
        int remaining) {}
