package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tier sells only between these times (either may be null: no bound). */
@Revision("1")
public record TierSalesWindowScheduled(UUID tierId, UUID eventId, Instant salesStartAt, Instant salesEndAt) {}
