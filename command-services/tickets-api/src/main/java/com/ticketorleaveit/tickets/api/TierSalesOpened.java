package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tier is on sale. */
@Revision("1")
public record TierSalesOpened(UUID tierId, UUID eventId) {}
