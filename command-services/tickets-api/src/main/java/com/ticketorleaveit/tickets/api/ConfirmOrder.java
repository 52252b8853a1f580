package com.ticketorleaveit.tickets.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Confirms a paid order and issues its tickets; a confirmed order stays as it is. An order that is not paid refuses
 * ({@link TicketErrors#ORDER_NOT_PAID}, or {@link TicketErrors#ORDER_ALREADY_ENDED} once it ended).
 */
public record ConfirmOrder(@TargetAggregateIdentifier OrderId orderId, List<String> ticketCodes) {}
