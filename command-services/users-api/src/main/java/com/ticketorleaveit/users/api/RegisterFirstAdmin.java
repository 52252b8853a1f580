package com.ticketorleaveit.users.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes the platform's first admin from configuration: an account with the ADMIN role whose (one-time) password must
 * be changed before it administers anything. Its id derives from the email, so repeating it, from any replica, changes
 * nothing. The password arrives hashed; it never enters an event.
 */
public record RegisterFirstAdmin(@TargetAggregateIdentifier UserId userId, String email, String passwordHash) {

    /** The first admin's id for this email (any case): the same on every replica and at every start. */
    public static UserId idFor(String email) {
        return new UserId(UUID.nameUUIDFromBytes(
                ("first-admin:" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)));
    }
}
