package com.ticketorleaveit.events.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * When a tier sells: from {@code salesStartAt} (null: from its event's publication) until {@code salesEndAt} (null:
 * until the event's sales close, at the latest when it starts).
 */
@Revision("1")
public record TierSalesWindowChanged(EventId eventId, TierId tierId, Instant salesStartAt, Instant salesEndAt) {}
