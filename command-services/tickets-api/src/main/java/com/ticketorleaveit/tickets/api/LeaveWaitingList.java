package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * A customer leaves a tier's waiting list; a seat offered to them is declined and passes to the next customer at once.
 * A customer not on the list changes nothing.
 */
public record LeaveWaitingList(@RoutingKey UUID tierId, UUID customerId) {}
