package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * The order's hold ran out before payment: a reserved order expires and its seats are released. Answers the order's
 * status afterwards: {@link OrderStatus#EXPIRED}, or the status it reached first (a confirmed order stays confirmed).
 */
public record ExpireOrder(OrderId orderId, @RoutingKey UUID tierId) {}
