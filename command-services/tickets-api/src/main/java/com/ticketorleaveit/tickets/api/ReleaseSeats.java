package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives an order's held seats back; nothing happens if none are held. */
public record ReleaseSeats(@TargetAggregateIdentifier UUID tierId, OrderId orderId) {}
