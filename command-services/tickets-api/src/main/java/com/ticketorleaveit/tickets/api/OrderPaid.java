package com.ticketorleaveit.tickets.api;

import org.axonframework.serialization.Revision;

/** The order is paid: it can no longer expire or fail, its seats are sold and its tickets issued next. */
@Revision("1")
public record OrderPaid(OrderId orderId) {}
