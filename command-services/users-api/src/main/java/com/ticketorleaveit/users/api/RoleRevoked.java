package com.ticketorleaveit.users.api;

import org.axonframework.serialization.Revision;

/** An admin took a role from a user; tokens issued from now on lack it. */
@Revision("1")
public record RoleRevoked(UserId userId, Role role) {}
