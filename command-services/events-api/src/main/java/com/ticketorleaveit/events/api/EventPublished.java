package com.ticketorleaveit.events.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Sales are open for every tier of the event. */
@Revision("1")
public record EventPublished(EventId eventId, List<TierId> tierIds) {}
