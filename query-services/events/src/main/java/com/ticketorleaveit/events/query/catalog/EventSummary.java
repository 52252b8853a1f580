package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.Venue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An event as the catalog lists it. */
public record EventSummary(
        UUID id,
        String name,
        EventType type,
        List<String> tags,
        Venue venue,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String status) {}
