package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The tier's event starts at this time. */
@Revision("1")
public record TierScheduled(UUID tierId, UUID eventId, Instant eventStartsAt) {}
