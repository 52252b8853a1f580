package com.ticketorleaveit.users.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives a user a role; granting a role the user has changes nothing.
 *
 * @param grantedBy the admin granting it, or null for the onboarding process, for which a closed account is no error
 *     (to an admin it is an unknown user)
 */
public record GrantRole(@TargetAggregateIdentifier UserId userId, Role role, UUID grantedBy) {

    /** The onboarding process's grant (becoming an organizer or a vendor). */
    public GrantRole(UserId userId, Role role) {
        this(userId, role, null);
    }
}
