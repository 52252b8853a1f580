package com.ticketorleaveit.tickets.api;

/** Where a customer's entry on a tier's waiting list stands. */
public enum WaitingListStatus {
    /** In the queue for a seat. */
    WAITING,
    /** A seat is held for the customer until the offer expires: buy it with an order naming the offer. */
    OFFERED,
    /** The customer placed an order with the offer; the order goes on as any other. */
    PURCHASED,
    /** The offer ran out unused; its seat went to the next customer. */
    EXPIRED,
    /** The customer left the list (declining an offer they held). */
    LEFT,
    /** The tier stopped selling (sales closed, or its event cancelled): nothing more is offered. */
    ENDED
}
