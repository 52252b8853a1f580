package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * A cancelled order's money is back with its buyer: the order is refunded. Recording it again changes nothing. Answers
 * the order's status.
 */
public record RecordOrderRefund(OrderId orderId, @RoutingKey UUID tierId, long amountMinor, String currency) {}
