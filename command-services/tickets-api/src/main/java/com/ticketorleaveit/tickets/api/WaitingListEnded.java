package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The tier stopped selling (its sales closed, or its event was cancelled): every entry of its waiting list ends, and
 * every open offer is withdrawn, its seat counted in {@code remaining} again.
 */
@Revision("1")
public record WaitingListEnded(UUID tierId, UUID eventId, int remaining) {}
