package com.ticketorleaveit.tickets.api;

/** Error codes of the tickets context. */
public final class TicketErrors {

    public static final String TIER_NOT_FOUND = "TIER_NOT_FOUND";
    public static final String ORDER_NOT_FOUND = "ORDER_NOT_FOUND";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String INVALID_TICKET_CODES = "INVALID_TICKET_CODES";
    public static final String INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY";
    /** Only a confirmed order can be cancelled. */
    public static final String ORDER_NOT_CANCELLABLE = "ORDER_NOT_CANCELLABLE";
    /** The event starts too soon for its orders to be cancelled. */
    public static final String CANCELLATION_CLOSED = "CANCELLATION_CLOSED";

    /** Too many purchases are under way to take a new order now: nothing was stored, the same order may come again. */
    public static final String PURCHASES_BUSY = "PURCHASES_BUSY";

    /** An event cancellation's mass refund runs only once the tier is cancelled. */
    public static final String TIER_NOT_CANCELLED = "TIER_NOT_CANCELLED";
    /** A tier's capacity cannot shrink below the seats already sold and held. */
    public static final String CAPACITY_BELOW_TAKEN = "CAPACITY_BELOW_TAKEN";
    /** A tier's terms change only before any of its seats was taken. */
    public static final String TIER_SEATS_TAKEN = "TIER_SEATS_TAKEN";
    /** A tier has at least one seat. */
    public static final String INVALID_CAPACITY = "INVALID_CAPACITY";
    /** A page size out of range. */
    public static final String INVALID_PAGE = "INVALID_PAGE";

    private TicketErrors() {}
}
