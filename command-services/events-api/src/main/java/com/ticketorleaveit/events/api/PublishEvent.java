package com.ticketorleaveit.events.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens sales. Only the owning organizer (or an admin) may; publishing twice changes nothing. */
public record PublishEvent(@TargetAggregateIdentifier EventId eventId, UUID requestedBy, boolean requestedByAdmin) {}
