package com.ticketorleaveit.organizers.command;

import com.ticketorleaveit.organizers.api.OrganizerId;
import java.util.Optional;
import java.util.UUID;

/** The command-side lookup that keeps one organizer profile per user, and finds a user's own profile. */
public interface OrganizersByUser {

    Claim claim(UUID userId, OrganizerId organizerId);

    /** The user's organizer profile, if they have one. */
    Optional<OrganizerId> profileOf(UUID userId);

    enum Claim {
        /** The user had no profile; this one is now theirs. */
        CLAIMED,
        /** The user's profile is this very one: the registration is a repeat. */
        ALREADY_YOURS,
        /** The user has another profile. */
        TAKEN
    }
}
