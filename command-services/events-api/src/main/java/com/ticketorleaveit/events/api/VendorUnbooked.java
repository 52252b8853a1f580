package com.ticketorleaveit.events.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A vendor is no longer booked for the event. */
@Revision("1")
public record VendorUnbooked(EventId eventId, UUID vendorId) {}
