package com.ticketorleaveit.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a customer. The password arrives hashed; it never enters an event. */
public record RegisterUser(
        @TargetAggregateIdentifier UserId userId,
        String firstName,
        String lastName,
        String email,
        String passwordHash) {}
