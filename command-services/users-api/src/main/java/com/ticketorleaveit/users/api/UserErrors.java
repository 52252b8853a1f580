package com.ticketorleaveit.users.api;

/** Error codes of the users context. */
public final class UserErrors {

    public static final String EMAIL_ALREADY_REGISTERED = "EMAIL_ALREADY_REGISTERED";
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String TOO_MANY_LOGIN_ATTEMPTS = "TOO_MANY_LOGIN_ATTEMPTS";
    public static final String INVALID_REFRESH_TOKEN = "INVALID_REFRESH_TOKEN";
    public static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    public static final String WRONG_PASSWORD = "WRONG_PASSWORD";
    /** A role name that is none of CUSTOMER, ORGANIZER, VENDOR, ADMIN. */
    public static final String UNKNOWN_ROLE = "UNKNOWN_ROLE";
    /** Everyone is a customer: the role cannot be taken away. */
    public static final String ROLE_NOT_REVOCABLE = "ROLE_NOT_REVOCABLE";
    /** An admin cannot take the ADMIN role from themselves (nor lock the platform out by it). */
    public static final String OWN_ADMIN_ROLE = "OWN_ADMIN_ROLE";

    private UserErrors() {}
}
