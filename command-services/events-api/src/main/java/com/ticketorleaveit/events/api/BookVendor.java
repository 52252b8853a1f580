package com.ticketorleaveit.events.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The owner (or an admin) books a vendor for the event; the vendor was checked against the directory before (it exists
 * and is active). Booking a booked vendor changes nothing.
 */
public record BookVendor(
        @TargetAggregateIdentifier EventId eventId, UUID vendorId, UUID requestedBy, boolean requestedByAdmin) {}
