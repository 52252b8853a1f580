package com.ticketorleaveit.events.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A vendor performs at or supplies the event. */
@Revision("1")
public record VendorBooked(EventId eventId, UUID vendorId) {}
