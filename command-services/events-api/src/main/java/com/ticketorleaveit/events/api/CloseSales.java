package com.ticketorleaveit.events.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The owner (or an admin) stops selling a published event's tickets, for good; tickets sold stay valid. Closing closed
 * sales changes nothing. Answers the event's tiers ({@link SalesClosedTiers}), whose inventories are to close.
 */
public record CloseSales(
        @TargetAggregateIdentifier EventId eventId, UUID requestedBy, boolean requestedByAdmin, Instant requestedAt) {}
