package com.ticketorleaveit.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A user closes their account: no login from now on; deactivating a deactivated account changes nothing. */
public record DeactivateUser(@TargetAggregateIdentifier UserId userId) {}
