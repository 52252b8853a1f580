package com.ticketorleaveit.events.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a draft event owned by the organizer user; vendors were checked against the directory before. */
public record CreateEvent(
        @TargetAggregateIdentifier EventId eventId,
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
