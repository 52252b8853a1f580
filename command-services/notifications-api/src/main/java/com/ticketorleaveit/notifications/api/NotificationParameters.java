package com.ticketorleaveit.notifications.api;

/** Names of the parameters a notification request carries, per kind. */
public final class NotificationParameters {

    /** ORDER_CONFIRMED: the ticket codes, comma-separated. */
    public static final String TICKET_CODES = "ticketCodes";
    /**
     * ORDER_CONFIRMED: each ticket's signed QR payload, comma-separated in the order of {@link #TICKET_CODES} (a
     * payload is base64url and dots, never a comma). The mail carries one QR image per ticket.
     */
    public static final String QR_PAYLOADS = "qrPayloads";
    /** ORDER_CONFIRMED: how many tickets. */
    public static final String QUANTITY = "quantity";
    /**
     * ORDER_CONFIRMED: the amount paid, ORDER_REFUNDED: the amount refunded, WAITING_LIST_OFFER: the seat's price, in
     * minor units.
     */
    public static final String AMOUNT_MINOR = "amountMinor";
    /** ORDER_CONFIRMED, ORDER_REFUNDED, WAITING_LIST_OFFER: ISO 4217 currency of the amount. */
    public static final String CURRENCY = "currency";
    /**
     * ORDER_CONFIRMED, EVENT_CANCELLED, EVENT_REMINDER, WAITING_LIST_OFFER: the event the tickets are for;
     * VENDOR_DEACTIVATED: the event.
     */
    public static final String EVENT_ID = "eventId";
    /** ORDER_REJECTED, ORDER_PAYMENT_FAILED, ORDER_REFUNDED: why the order ended. */
    public static final String REASON = "reason";

    /** EVENT_REMINDER, VENDOR_DEACTIVATED: the event's name. */
    public static final String EVENT_NAME = "eventName";
    /** EVENT_REMINDER, VENDOR_DEACTIVATED: when the event starts, ISO-8601 with the offset it was announced in. */
    public static final String STARTS_AT = "startsAt";
    /** EVENT_REMINDER: where it takes place (venue and city). */
    public static final String VENUE = "venue";

    /** VENDOR_DEACTIVATED: the vendor no longer bookable. */
    public static final String VENDOR_ID = "vendorId";
    /** VENDOR_DEACTIVATED: its name. */
    public static final String VENDOR_NAME = "vendorName";
    /** WAITING_LIST_OFFER: the tier whose seat is offered. */
    public static final String TIER_ID = "tierId";
    /** WAITING_LIST_OFFER: the tier's name. */
    public static final String TIER_NAME = "tierName";
    /** WAITING_LIST_OFFER: when the offer runs out, ISO-8601 (UTC). */
    public static final String EXPIRES_AT = "expiresAt";

    private NotificationParameters() {}
}
