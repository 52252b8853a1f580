package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a tier's seat inventory, closed for sale; registering it again changes nothing. */
public record RegisterTier(
        @TargetAggregateIdentifier UUID tierId,
        UUID eventId,
        String name,
        long priceMinor,
        String currency,
        int capacity,
        int perOrderLimit) {}
