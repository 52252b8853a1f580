package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The order ended without seats. */
@Revision("1")
public record OrderRejected(OrderId orderId, UUID customerId, String customerEmail, RejectionReason reason) {}
