package com.ticketorleaveit.events.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner (or an admin) adds a tier to an event whose sales have not opened (a draft). */
public record AddTier(
        @TargetAggregateIdentifier EventId eventId, UUID requestedBy, boolean requestedByAdmin, Tier tier) {}
