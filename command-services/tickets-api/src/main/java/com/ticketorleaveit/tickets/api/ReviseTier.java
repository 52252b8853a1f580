package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A tier's terms changed before its sales opened (its event is a draft); the same terms again change nothing. Refused
 * once seats were taken, which a draft's tier never has.
 */
public record ReviseTier(
        @TargetAggregateIdentifier UUID tierId,
        String name,
        long priceMinor,
        String currency,
        int capacity,
        int perOrderLimit) {}
