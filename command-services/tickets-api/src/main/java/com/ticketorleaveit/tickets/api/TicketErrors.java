package com.ticketorleaveit.tickets.api;

/** Error codes of the tickets context. */
public final class TicketErrors {

    public static final String TIER_NOT_FOUND = "TIER_NOT_FOUND";
    public static final String ORDER_NOT_FOUND = "ORDER_NOT_FOUND";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String INVALID_TICKET_CODES = "INVALID_TICKET_CODES";
    public static final String INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY";
    /** The order ended (rejected, payment failed, expired) before this step, so the step cannot happen. */
    public static final String ORDER_ALREADY_ENDED = "ORDER_ALREADY_ENDED";
    /** The step needs a reserved order: the order is still pending. */
    public static final String ORDER_NOT_RESERVED = "ORDER_NOT_RESERVED";
    /** Tickets are issued only for a paid order. */
    public static final String ORDER_NOT_PAID = "ORDER_NOT_PAID";
    /** Seats are sold only for an order that holds them. */
    public static final String SEATS_NOT_HELD = "SEATS_NOT_HELD";

    private TicketErrors() {}
}
