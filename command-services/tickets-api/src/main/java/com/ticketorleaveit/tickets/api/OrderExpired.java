package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The order ended because payment did not arrive in time; its seats were released with it. */
@Revision("1")
public record OrderExpired(OrderId orderId, UUID customerId, String customerEmail) {}
