package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * An offer's time ran out: if it is still open, its seat passes to the next customer waiting, or back on sale. An offer
 * bought, declined or withdrawn meanwhile changes nothing.
 */
public record ExpireWaitingListOffer(@RoutingKey UUID tierId, UUID offerId) {}
