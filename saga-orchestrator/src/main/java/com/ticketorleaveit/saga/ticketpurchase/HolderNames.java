package com.ticketorleaveit.saga.ticketpurchase;

import com.ticketorleaveit.tickets.api.OrderId;
import java.util.Optional;

/** The name printed on an order's tickets: its buyer's, as their profile has it. */
public interface HolderNames {

    Optional<String> of(OrderId orderId);
}
