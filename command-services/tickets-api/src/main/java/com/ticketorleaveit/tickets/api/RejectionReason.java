package com.ticketorleaveit.tickets.api;

/** Why seats could not be reserved. */
public enum RejectionReason {
    SOLD_OUT,
    OVER_ORDER_LIMIT,
    SALES_NOT_OPEN,
    /** The tier's sales closed (by its organizer, or because the event started). */
    SALES_CLOSED,
    /** The tier's event is cancelled. */
    EVENT_CANCELLED
}
