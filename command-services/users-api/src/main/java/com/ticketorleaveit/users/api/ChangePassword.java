package com.ticketorleaveit.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets a user's new password, once whoever sends it has checked the old one. The password arrives hashed; it never
 * enters an event. Every refresh token of the user is revoked with it.
 */
public record ChangePassword(@TargetAggregateIdentifier UserId userId, String passwordHash) {}
