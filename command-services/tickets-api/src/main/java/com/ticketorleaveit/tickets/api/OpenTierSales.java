package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a tier on sale; opening an open tier changes nothing. */
public record OpenTierSales(@TargetAggregateIdentifier UUID tierId) {}
