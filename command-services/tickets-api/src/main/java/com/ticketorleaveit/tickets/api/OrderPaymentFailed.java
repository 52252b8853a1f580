package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The order ended unpaid; its seats were released with it. */
@Revision("1")
public record OrderPaymentFailed(OrderId orderId, UUID customerId, String customerEmail, String reason) {}
