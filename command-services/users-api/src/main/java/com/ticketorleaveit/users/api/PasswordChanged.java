package com.ticketorleaveit.users.api;

import org.axonframework.serialization.Revision;

/** A user's password changed; every session (refresh token) they had ended with it. Carries no password. */
@Revision("1")
public record PasswordChanged(UserId userId) {}
