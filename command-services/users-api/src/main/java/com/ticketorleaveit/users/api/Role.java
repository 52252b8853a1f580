package com.ticketorleaveit.users.api;

/** What a user may do. Everyone is a customer; organizer and vendor come with their profiles. */
public enum Role {
    CUSTOMER,
    ORGANIZER,
    VENDOR,
    ADMIN
}
