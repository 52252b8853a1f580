package com.ticketorleaveit.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a user a role; granting a role the user has changes nothing. */
public record GrantRole(@TargetAggregateIdentifier UserId userId, Role role) {}
