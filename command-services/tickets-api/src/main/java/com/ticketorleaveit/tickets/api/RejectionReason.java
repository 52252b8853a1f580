package com.ticketorleaveit.tickets.api;

/** Why seats could not be reserved. */
public enum RejectionReason {
    SOLD_OUT,
    OVER_ORDER_LIMIT,
    SALES_NOT_OPEN,
    /** The tier's event is cancelled. */
    EVENT_CANCELLED
}
