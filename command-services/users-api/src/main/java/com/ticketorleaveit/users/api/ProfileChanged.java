package com.ticketorleaveit.users.api;

import org.axonframework.serialization.Revision;

/** A user's profile as it is now, every field stated; {@code pictureUrl} is null when there is no picture. */
@Revision("1")
public record ProfileChanged(UserId userId, String firstName, String lastName, String pictureUrl) {}
