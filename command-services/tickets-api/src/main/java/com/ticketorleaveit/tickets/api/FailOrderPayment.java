package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * The order's payment was declined or failed: a reserved order fails and its seats are released. Answers the order's
 * status afterwards: {@link OrderStatus#PAYMENT_FAILED}, or the status it reached first.
 */
public record FailOrderPayment(OrderId orderId, @RoutingKey UUID tierId, String reason) {}
