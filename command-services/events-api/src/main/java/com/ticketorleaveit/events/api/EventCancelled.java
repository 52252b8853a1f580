package com.ticketorleaveit.events.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The event will not take place: its tiers' sales close and their confirmed orders are refunded. */
@Revision("1")
public record EventCancelled(EventId eventId, List<TierId> tierIds, UUID cancelledBy, Instant cancelledAt) {}
