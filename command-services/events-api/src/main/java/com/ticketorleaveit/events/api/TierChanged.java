package com.ticketorleaveit.events.api;

import org.axonframework.serialization.Revision;

/** A tier of a draft event, as it now stands. */
@Revision("1")
public record TierChanged(EventId eventId, Tier tier) {}
