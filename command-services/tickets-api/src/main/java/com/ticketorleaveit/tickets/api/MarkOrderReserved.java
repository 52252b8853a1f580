package com.ticketorleaveit.tickets.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the order's seats are held and what it costs. */
public record MarkOrderReserved(@TargetAggregateIdentifier OrderId orderId, long amountMinor, String currency) {}
