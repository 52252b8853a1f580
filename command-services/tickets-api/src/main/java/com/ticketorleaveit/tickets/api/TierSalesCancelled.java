package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tier's event is cancelled: it sells nothing more. */
@Revision("1")
public record TierSalesCancelled(UUID tierId, UUID eventId) {}
