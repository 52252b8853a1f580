package com.ticketorleaveit.organizers.api;

import org.axonframework.serialization.Revision;

/**
 * An organizer's profile as it is now, every field stated; {@code industry} and {@code payout} are null until given.
 * The payout details are sealed: only their last four characters are readable.
 */
@Revision("1")
public record OrganizerProfileChanged(
        OrganizerId organizerId,
        String organizationName,
        String contactName,
        String email,
        String industry,
        SealedPayout payout) {}
