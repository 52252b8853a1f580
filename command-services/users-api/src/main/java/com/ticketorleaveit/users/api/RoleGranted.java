package com.ticketorleaveit.users.api;

import org.axonframework.serialization.Revision;

/** A user gained a role; tokens issued from now on carry it. */
@Revision("1")
public record RoleGranted(UserId userId, Role role) {}
