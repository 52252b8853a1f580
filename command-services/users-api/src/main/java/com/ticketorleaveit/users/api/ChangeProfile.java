package com.ticketorleaveit.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A user changes what their profile shows. A null field keeps its value; an empty picture URL removes the picture.
 * Answers the profile as it is afterwards ({@link UserProfile}).
 */
public record ChangeProfile(
        @TargetAggregateIdentifier UserId userId, String firstName, String lastName, String pictureUrl) {}
