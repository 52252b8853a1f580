package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventType;
import com.ticketorleaveit.events.api.Venue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event with its tiers and the seats each has left; a cancelled event ({@code status} CANCELLED) says when it was
 * cancelled, and none of its tiers is on sale; an event whose sales closed (by its organizer, or when it started) says
 * when, and none of its tiers is on sale either.
 */
public record EventDetails(
        UUID id,
        String name,
        EventType type,
        String description,
        List<String> tags,
        Venue venue,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        List<UUID> vendorIds,
        List<String> imageUrls,
        String status,
        Instant cancelledAt,
        Instant salesClosedAt,
        List<TierAvailability> tiers) {

    public record TierAvailability(
            UUID id,
            String name,
            long priceMinor,
            String currency,
            int capacity,
            int perOrderLimit,
            int remaining,
            boolean onSale,
            Instant salesStartAt,
            Instant salesEndAt) {}
}
