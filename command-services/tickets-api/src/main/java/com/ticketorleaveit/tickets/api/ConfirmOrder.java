package com.ticketorleaveit.tickets.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * The order's payment was approved: its held seats are sold and its tickets issued with these codes. Answers the
 * order's status afterwards: {@link OrderStatus#CONFIRMED}, also when it was confirmed before, or the status in which
 * the order ended before it could be paid (then nothing is sold, and the payment is not the order's any more).
 */
public record ConfirmOrder(OrderId orderId, @RoutingKey UUID tierId, List<String> ticketCodes) {}
