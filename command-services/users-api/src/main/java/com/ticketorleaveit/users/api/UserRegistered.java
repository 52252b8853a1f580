package com.ticketorleaveit.users.api;

import org.axonframework.serialization.Revision;

/** A customer account exists. The email is as entered; uniqueness is case-insensitive. */
@Revision("1")
public record UserRegistered(UserId userId, String firstName, String lastName, String email) {}
