package com.ticketorleaveit.events.query.catalog;

import com.ticketorleaveit.events.api.EventType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a reader looks for in the catalog; every criterion given narrows the list, and events are listed by start.
 *
 * @param text words to find in an event's name, tags, venue or description (web-search syntax: {@code "quoted
 *     phrase"}, {@code or}, {@code -excluded}), English stemming; absent or blank, every event
 * @param from events starting at or after this instant
 * @param to events starting before this instant, if given
 * @param tag events carrying this tag, exactly as written
 * @param city events in this city, whatever its case
 * @param vendorId events with this vendor booked
 * @param includeCancelled whether events cancelled after their publication are listed too (as CANCELLED)
 */
record CatalogQuery(
        Optional<String> text,
        Optional<EventType> type,
        Optional<String> tag,
        Optional<String> city,
        Instant from,
        Optional<Instant> to,
        Optional<UUID> vendorId,
        boolean includeCancelled,
        int page,
        int size) {

    /** Everything published from {@code from} on, not cancelled: the catalog as a new reader first sees it. */
    static CatalogQuery upcoming(Instant from, int page, int size) {
        return new CatalogQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                from,
                Optional.empty(),
                Optional.empty(),
                false,
                page,
                size);
    }
}
