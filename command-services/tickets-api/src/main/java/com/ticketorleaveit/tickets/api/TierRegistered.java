package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tier's seats exist, not yet on sale. */
@Revision("1")
public record TierRegistered(
        UUID tierId, UUID eventId, String name, long priceMinor, String currency, int capacity, int perOrderLimit) {}
