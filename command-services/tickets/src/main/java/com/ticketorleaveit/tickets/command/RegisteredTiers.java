package com.ticketorleaveit.tickets.command;

import java.util.UUID;

/**
 * The command side's own record of which tiers exist and to which event each belongs, written in the same
 * transaction as the tier's registration.
 */
public interface RegisteredTiers {

    /** @return true when the tier is new, false when it was registered before */
    boolean register(UUID tierId, UUID eventId);

    boolean exists(UUID tierId, UUID eventId);

    /** Whether any tier of the event was registered: the tickets context knows the event. */
    boolean knowsEvent(UUID eventId);
}
