package com.ticketorleaveit.saga.vendors;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Which events have a vendor booked, and whom to tell about them. */
interface VendorBookings {

    /**
     * The events not cancelled that book the vendor and start after {@code after}, drafts included, each with its
     * organizer's address.
     */
    List<Booking> upcoming(UUID vendorId, Instant after);

    record Booking(
            UUID eventId, String eventName, OffsetDateTime startsAt, UUID organizerUserId, String organizerEmail) {}
}
