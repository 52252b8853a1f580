package com.ticketorleaveit.tickets.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * The order's payment was approved: its held seats are sold and its tickets issued with these codes. Answers the
 * order's status afterwards: {@link OrderStatus#CONFIRMED}, also when it was confirmed before. An order that expired
 * before its payment came takes seats again if the tier has them (CONFIRMED), or is cancelled for a refund
 * ({@link OrderStatus#CANCELLED}); an order that ended otherwise answers its status and nothing is sold. The tickets
 * are signed for the door with {@code holderName} (the buyer's name; null when unknown, then their email).
 */
public record ConfirmOrder(OrderId orderId, @RoutingKey UUID tierId, List<String> ticketCodes, String holderName) {}
