package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * A customer joins the waiting list of a sold-out tier, for one seat. A customer already on the list (waiting, or
 * holding an offer) gets their place again and nothing changes. Answers the customer's {@link WaitingListPlace}. Refused
 * while the tier has seats for sale ({@link TicketErrors#TIER_NOT_SOLD_OUT}) or does not sell
 * ({@link TicketErrors#WAITING_LIST_CLOSED}). Routed by tier, like the orders that move its seats.
 */
public record JoinWaitingList(@RoutingKey UUID tierId, UUID customerId, String customerEmail) {}
