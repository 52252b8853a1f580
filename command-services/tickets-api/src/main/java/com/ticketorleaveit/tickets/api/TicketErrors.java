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

    /** No ticket has this code (or the caller may not know of it). */
    public static final String TICKET_NOT_FOUND = "TICKET_NOT_FOUND";
    /** The ticket's order was cancelled or refunded: it admits nobody. */
    public static final String TICKET_VOID = "TICKET_VOID";
    /** The ticket was checked in before; the answer says when. */
    public static final String ALREADY_CHECKED_IN = "ALREADY_CHECKED_IN";
    /** The ticket is for another event than the door it was scanned at. */
    public static final String TICKET_OF_ANOTHER_EVENT = "TICKET_OF_ANOTHER_EVENT";
    /** A QR payload that is malformed or whose signature does not verify with its event's key. */
    public static final String TICKET_FORGED = "TICKET_FORGED";
    /** A check-in needs a ticket code or a signed payload, not both and not neither. */
    public static final String INVALID_CHECK_IN = "INVALID_CHECK_IN";
    /** The tickets context knows no such event (no tier of it was registered). */
    public static final String EVENT_NOT_FOUND = "EVENT_NOT_FOUND";
    /** Only the event's organizer, its door staff or an admin check tickets in. */
    public static final String NOT_DOOR_STAFF = "NOT_DOOR_STAFF";
    /** Only the event's organizer or an admin grant door staff. */
    public static final String NOT_EVENT_OWNER = "NOT_EVENT_OWNER";

    /** The tier has seats for sale: buy one instead of waiting. */
    public static final String TIER_NOT_SOLD_OUT = "TIER_NOT_SOLD_OUT";
    /** The tier does not sell (not yet, no more, or its event is cancelled): there is nothing to wait for. */
    public static final String WAITING_LIST_CLOSED = "WAITING_LIST_CLOSED";
    /** The caller is not on the tier's waiting list. */
    public static final String WAITING_LIST_ENTRY_NOT_FOUND = "WAITING_LIST_ENTRY_NOT_FOUND";
    /** No such offer of the tier for the caller (someone else's offer is unknown to them). */
    public static final String OFFER_NOT_FOUND = "OFFER_NOT_FOUND";
    /** The offer ran out before it was bought; its seat went to the next customer. */
    public static final String OFFER_EXPIRED = "OFFER_EXPIRED";
    /** The offer was bought already, by another order. */
    public static final String OFFER_USED = "OFFER_USED";
    /** The offer was declined (its customer left the list) or withdrawn (the tier stopped selling). */
    public static final String OFFER_WITHDRAWN = "OFFER_WITHDRAWN";
    /** An offer holds one seat: an order with it buys exactly one. */
    public static final String INVALID_OFFER_QUANTITY = "INVALID_OFFER_QUANTITY";

    private TicketErrors() {}
}
