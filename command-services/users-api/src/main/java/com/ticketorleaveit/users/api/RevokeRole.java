package com.ticketorleaveit.users.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin takes a role from a user; revoking a role the user does not have changes nothing. Everyone stays a
 * customer, and no admin takes the ADMIN role from themselves.
 *
 * @param revokedBy the admin revoking it
 */
public record RevokeRole(@TargetAggregateIdentifier UserId userId, Role role, UUID revokedBy) {}
