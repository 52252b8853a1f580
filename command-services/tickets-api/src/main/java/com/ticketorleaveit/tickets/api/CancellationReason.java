package com.ticketorleaveit.tickets.api;

/** Why a confirmed order was cancelled, and so why its money went back. */
public enum CancellationReason {
    /** The buyer (or an admin on the buyer's behalf) cancelled it. */
    CUSTOMER_REQUEST,
    /** The payment arrived after the hold ran out, and the tier had no seats left for the order. */
    LATE_PAYMENT,
    /** The organizer (or an admin) cancelled the event. */
    EVENT_CANCELLED
}
