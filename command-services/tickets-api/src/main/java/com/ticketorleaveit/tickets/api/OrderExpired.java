package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The order ended because payment did not arrive in time; its seats, if any, are released next. */
@Revision("1")
public record OrderExpired(OrderId orderId, UUID customerId, String customerEmail) {}
