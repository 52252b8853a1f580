package com.ticketorleaveit.tickets.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms a paid order and issues its tickets; a confirmed order stays as it is. */
public record ConfirmOrder(@TargetAggregateIdentifier OrderId orderId, List<String> ticketCodes) {}
