package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tier's terms before its sales opened, as they now stand. */
@Revision("1")
public record TierRevised(
        UUID tierId,
        UUID eventId,
        String name,
        long priceMinor,
        String currency,
        int capacity,
        int perOrderLimit,
        int remaining) {}
