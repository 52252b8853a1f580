package com.ticketorleaveit.users.api;

import org.axonframework.serialization.Revision;

/**
 * A user closed their account. Read models forget their personal data (name, email, picture); their orders stay, for
 * accounting.
 */
@Revision("1")
public record UserDeactivated(UserId userId) {}
