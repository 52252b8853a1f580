package com.ticketorleaveit.events.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An event takes place at other times; its tiers learn the new start (cancellation cut-off, close of sales). */
@Revision("1")
public record EventRescheduled(EventId eventId, OffsetDateTime startsAt, OffsetDateTime endsAt, List<TierId> tierIds) {}
