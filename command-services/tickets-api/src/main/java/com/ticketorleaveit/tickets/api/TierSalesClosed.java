package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tier sells nothing more; what it sold stays sold. */
@Revision("1")
public record TierSalesClosed(UUID tierId, UUID eventId) {}
