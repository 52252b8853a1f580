package com.ticketorleaveit.saga.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Who is to be reminded of which event, and who was. */
interface TicketHolders {

    /**
     * Holders of valid tickets (a CONFIRMED order) for published events starting after {@code now} and at most {@code
     * before} later, who want reminders and were not reminded of that event yet; one per holder and event, however many
     * orders they have. An order placed once the reminder was due does not count: its buyer has just been told
     * everything.
     */
    List<Holder> due(Instant now, Duration before, int limit);

    /** Remembers that the holder was reminded of the event; remembering twice is once. */
    void reminded(Holder holder, Instant at);

    record Holder(
            UUID eventId, UUID customerId, String email, String eventName, OffsetDateTime startsAt, String venue) {}
}
