package com.ticketorleaveit.organizers.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the organizer profile of a user (one per user). */
public record RegisterOrganizer(
        @TargetAggregateIdentifier OrganizerId organizerId,
        UUID userId,
        String organizationName,
        String contactName,
        String email) {}
