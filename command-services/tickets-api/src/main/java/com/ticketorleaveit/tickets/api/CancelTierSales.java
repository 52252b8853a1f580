package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The tier's event is cancelled: the tier sells nothing more, for good, and an order of it paid from now on is
 * cancelled and refunded instead of confirmed. Cancelling a cancelled tier changes nothing.
 */
public record CancelTierSales(@TargetAggregateIdentifier UUID tierId) {}
