package com.ticketorleaveit.events.api;

/** Error codes of the events context. */
public final class EventErrors {

    public static final String EVENT_NOT_FOUND = "EVENT_NOT_FOUND";
    public static final String NOT_EVENT_OWNER = "NOT_EVENT_OWNER";
    public static final String UNKNOWN_VENDOR = "UNKNOWN_VENDOR";
    public static final String INACTIVE_VENDOR = "INACTIVE_VENDOR";
    public static final String VENDOR_DIRECTORY_UNAVAILABLE = "VENDOR_DIRECTORY_UNAVAILABLE";
    public static final String INVALID_SCHEDULE = "INVALID_SCHEDULE";
    public static final String INVALID_TIERS = "INVALID_TIERS";
    /** A tier id the event does not have. */
    public static final String TIER_NOT_FOUND = "EVENT_TIER_NOT_FOUND";
    /** Tiers are added, and changed other than in capacity, only before the event is published. */
    public static final String EVENT_ALREADY_PUBLISHED = "EVENT_ALREADY_PUBLISHED";
    /** Sales close only once they opened: the event is still a draft. */
    public static final String EVENT_NOT_PUBLISHED = "EVENT_NOT_PUBLISHED";
    /** A cancelled event changes no more. */
    public static final String EVENT_CANCELLED = "EVENT_CANCELLED";
    /** A tier's sales end after they start. */
    public static final String INVALID_SALES_WINDOW = "INVALID_SALES_WINDOW";
    /** An event books at most {@code Event.MAX_VENDORS} vendors. */
    public static final String TOO_MANY_VENDORS = "TOO_MANY_VENDORS";
    /** A catalog search whose {@code to} does not come after its {@code from}. */
    public static final String INVALID_DATE_RANGE = "INVALID_DATE_RANGE";

    private EventErrors() {}
}
