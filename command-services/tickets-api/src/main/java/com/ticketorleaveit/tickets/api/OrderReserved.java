package com.ticketorleaveit.tickets.api;

import org.axonframework.serialization.Revision;

/** The order's seats are held; payment is due. */
@Revision("1")
public record OrderReserved(OrderId orderId, long amountMinor, String currency) {}
