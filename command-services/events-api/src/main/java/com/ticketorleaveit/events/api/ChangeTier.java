package com.ticketorleaveit.events.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The owner (or an admin) changes a tier; a field left null stays as it is. Before sales open (a draft) anything may
 * change. Once the event is published only the capacity and the sale window may, and the capacity is decided by the
 * tier's seat inventory, which alone knows how many seats are sold and held: the answer ({@link TierChangeAccepted})
 * says which capacity to ask it for. The sale window ({@code salesStartAt}, {@code salesEndAt}) is given whole.
 */
public record ChangeTier(
        @TargetAggregateIdentifier EventId eventId,
        TierId tierId,
        UUID requestedBy,
        boolean requestedByAdmin,
        String name,
        Long priceMinor,
        String currency,
        Integer capacity,
        Integer perOrderLimit,
        Instant salesStartAt,
        Instant salesEndAt) {}
