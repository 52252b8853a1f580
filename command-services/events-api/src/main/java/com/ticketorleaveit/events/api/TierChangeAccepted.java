package com.ticketorleaveit.events.api;

/**
 * The event accepted a tier change.
 *
 * @param capacityForTheInventory the capacity the tier's seat inventory must now decide on (the event is on sale, so
 *     sold and held seats may forbid it), or null when the event recorded the change itself (a draft) or none was asked
 */
public record TierChangeAccepted(Integer capacityForTheInventory) {}
