package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells a tier when its event starts (cancellations close a while before); the same time again changes nothing. */
public record ScheduleTier(@TargetAggregateIdentifier UUID tierId, Instant eventStartsAt) {}
