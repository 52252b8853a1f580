package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * One page of an event cancellation's mass refund: the confirmed orders of a cancelled tier, in order-id order after
 * {@code after} (null: from the first), at most {@code limit} of them, are cancelled with
 * {@link CancellationReason#EVENT_CANCELLED} (their refunds follow). An order already cancelled is left as it is, so a
 * page done twice (a retry after a crash) cancels nothing twice. Answers a {@link TierOrdersCancelled}.
 */
public record CancelTierOrders(@RoutingKey UUID tierId, UUID after, int limit) {}
