package com.ticketorleaveit.users.api;

/** Error codes of the users context. */
public final class UserErrors {

    public static final String EMAIL_ALREADY_REGISTERED = "EMAIL_ALREADY_REGISTERED";
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String TOO_MANY_LOGIN_ATTEMPTS = "TOO_MANY_LOGIN_ATTEMPTS";
    public static final String INVALID_REFRESH_TOKEN = "INVALID_REFRESH_TOKEN";
    public static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    public static final String WRONG_PASSWORD = "WRONG_PASSWORD";

    private UserErrors() {}
}
