package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * A customer (or an admin, {@code byAdmin}) cancels a confirmed order before the cancellation cut-off: its tickets are
 * void, its seats go back on sale, and its payment is refunded. Cancelling a cancelled or refunded order changes
 * nothing. Answers the order's status. Routed by tier, like every command that moves the tier's seats.
 */
public record CancelOrder(
        OrderId orderId, @RoutingKey UUID tierId, UUID requestedBy, boolean byAdmin, Instant requestedAt) {}
