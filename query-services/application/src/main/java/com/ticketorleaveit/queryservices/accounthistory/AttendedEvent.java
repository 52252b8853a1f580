package com.ticketorleaveit.queryservices.accounthistory;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event the user holds valid tickets for: tickets of their confirmed orders, the event not cancelled.
 *
 * @param status UPCOMING until the event has ended, PAST after
 * @param tickets how many valid tickets the user holds for it, over all their orders
 */
public record AttendedEvent(
        UUID eventId,
        String name,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        Venue venue,
        When status,
        int tickets) {

    public record Venue(String name, String city) {}

    public enum When {
        UPCOMING,
        PAST
    }
}
