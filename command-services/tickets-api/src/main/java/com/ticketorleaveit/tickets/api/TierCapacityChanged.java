package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tier has this many seats now, of which {@code remaining} are on sale. */
@Revision("1")
public record TierCapacityChanged(UUID tierId, UUID eventId, int capacity, int remaining) {}
