package com.ticketorleaveit.events.api;

import java.time.OffsetDateTime;
import org.axonframework.serialization.Revision;

/** A draft event has one more tier; it carries the event's start so that the tier's inventory learns it too. */
@Revision("1")
public record TierAdded(EventId eventId, Tier tier, OffsetDateTime eventStartsAt) {}
