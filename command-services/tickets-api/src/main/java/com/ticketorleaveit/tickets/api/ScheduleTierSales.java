package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * When a tier sells, once it is on sale: from {@code salesStartAt} (null: at once) until {@code salesEndAt} (null: until
 * its sales close). Before the window an order is rejected with {@link RejectionReason#SALES_NOT_OPEN}, after it with
 * {@link RejectionReason#SALES_CLOSED}. The same window again changes nothing.
 */
public record ScheduleTierSales(@TargetAggregateIdentifier UUID tierId, Instant salesStartAt, Instant salesEndAt) {}
