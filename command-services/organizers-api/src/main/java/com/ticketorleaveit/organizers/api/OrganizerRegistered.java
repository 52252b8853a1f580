package com.ticketorleaveit.organizers.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An organizer profile exists; the onboarding process grants the user the ORGANIZER role. */
@Revision("1")
public record OrganizerRegistered(
        OrganizerId organizerId, UUID userId, String organizationName, String contactName, String email) {}
