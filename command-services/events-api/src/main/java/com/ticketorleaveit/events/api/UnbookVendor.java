package com.ticketorleaveit.events.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner (or an admin) unbooks a vendor; unbooking one that is not booked changes nothing. */
public record UnbookVendor(
        @TargetAggregateIdentifier EventId eventId, UUID vendorId, UUID requestedBy, boolean requestedByAdmin) {}
