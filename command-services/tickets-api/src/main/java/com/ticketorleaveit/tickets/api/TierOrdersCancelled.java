package com.ticketorleaveit.tickets.api;

import java.util.UUID;

/**
 * The answer to a {@link CancelTierOrders} page.
 *
 * @param cancelled orders of the page cancelled now
 * @param last the page's last order id, where the next page starts; null when the page was empty
 * @param more whether the page was full, so that a next one may hold more orders
 */
public record TierOrdersCancelled(int cancelled, UUID last, boolean more) {}
