package com.ticketorleaveit.events.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The organizer who owns the event (or an admin) cancels it: its sales close, and every confirmed order is cancelled
 * and refunded. Cancelling a cancelled event changes nothing.
 */
public record CancelEvent(
        @TargetAggregateIdentifier EventId eventId, UUID requestedBy, boolean requestedByAdmin, Instant requestedAt) {}
