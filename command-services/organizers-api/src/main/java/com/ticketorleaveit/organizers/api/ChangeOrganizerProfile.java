package com.ticketorleaveit.organizers.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An organizer changes their own profile. A null field keeps its value. Answers the profile as it is afterwards
 * ({@link OrganizerProfile}).
 *
 * @param requestedBy the user asking: only the profile's owner may change it
 * @param payout sealed by whoever sends the command, never the details in clear
 */
public record ChangeOrganizerProfile(
        @TargetAggregateIdentifier OrganizerId organizerId,
        UUID requestedBy,
        String organizationName,
        String contactName,
        String email,
        String industry,
        SealedPayout payout) {}
