package com.ticketorleaveit.events.api;

/** Why an event's sales closed. */
public enum SalesClosure {
    /** Its organizer or an admin closed them. */
    REQUESTED,
    /** The event started. */
    EVENT_STARTED
}
