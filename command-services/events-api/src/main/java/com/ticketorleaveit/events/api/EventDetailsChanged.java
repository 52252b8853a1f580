package com.ticketorleaveit.events.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** An event's description as it now stands: every field, changed or not, so readers set absolute values. */
@Revision("1")
public record EventDetailsChanged(
        EventId eventId,
        String name,
        EventType type,
        String description,
        List<String> tags,
        Venue venue,
        List<String> imageUrls) {}
