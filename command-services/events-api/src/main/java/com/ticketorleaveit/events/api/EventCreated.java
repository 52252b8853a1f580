package com.ticketorleaveit.events.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A draft event exists; its tiers are registered with the tickets context. */
@Revision("1")
public record EventCreated(
        EventId eventId,
        UUID organizerUserId,
        String name,
        EventType type,
        String description,
        List<String> tags,
        Venue venue,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        List<UUID> vendorIds,
        List<Tier> tiers) {}
