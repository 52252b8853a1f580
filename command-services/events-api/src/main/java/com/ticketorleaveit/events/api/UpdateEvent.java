package com.ticketorleaveit.events.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The owner (or an admin) changes an event's details, venue, times or images; a field left null stays as it is. A
 * cancelled event changes no more. Changing the times of a published event tells its tiers the new start, which moves
 * their cancellation cut-off and the automatic close of sales.
 */
public record UpdateEvent(
        @TargetAggregateIdentifier EventId eventId,
        UUID requestedBy,
        boolean requestedByAdmin,
        String name,
        EventType type,
        String description,
        List<String> tags,
        Venue venue,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        List<String> imageUrls) {}
