package com.ticketorleaveit.events.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The event sells no more tickets; those sold stay valid. {@code closedBy} is null when it started. */
@Revision("1")
public record EventSalesClosed(
        EventId eventId, List<TierId> tierIds, SalesClosure reason, UUID closedBy, Instant closedAt) {}
