package com.ticketorleaveit.organizers.api;

/** Error codes of the organizers context. */
public final class OrganizerErrors {

    public static final String ALREADY_ORGANIZER = "ALREADY_ORGANIZER";
    public static final String ORGANIZER_NOT_FOUND = "ORGANIZER_NOT_FOUND";
    /** An account number that is no IBAN (shape or check digits). */
    public static final String INVALID_IBAN = "INVALID_IBAN";

    private OrganizerErrors() {}
}
