package com.ticketorleaveit.tickets.command;

import java.util.List;
import java.util.UUID;

/**
 * The command side's own record of each tier's confirmed orders, written in the same transaction as the confirmation,
 * so that an event's cancellation finds every order to cancel and refund, however many there are.
 */
public interface TierOrders {

    /** The order of this tier was confirmed; recording it twice changes nothing. */
    void confirmed(UUID tierId, UUID orderId);

    /** The tier's confirmed orders (ever), in id order after {@code after} (null: from the first), at most {@code limit}. */
    List<UUID> page(UUID tierId, UUID after, int limit);
}
