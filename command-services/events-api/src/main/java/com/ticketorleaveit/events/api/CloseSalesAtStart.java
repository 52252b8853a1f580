package com.ticketorleaveit.events.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The event starts now: its sales close by themselves. Sent when a start time is reached; a start that has been
 * moved meanwhile ({@code startsAt} no longer the event's) changes nothing, nor does a draft or a cancelled event.
 */
public record CloseSalesAtStart(@TargetAggregateIdentifier EventId eventId, Instant startsAt) {}
