package com.ticketorleaveit.organizers.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An organizer's profile as {@code GET /api/v1/organizers/{id}} shows it; what changing it answers.
 *
 * @param industry null until given
 * @param payout null until given; only masked
 */
public record OrganizerProfile(
        UUID id,
        UUID userId,
        String organizationName,
        String contactName,
        String email,
        String industry,
        Payout payout,
        Instant registeredAt) {

    /** @param accountMasked the account number masked but for its last four characters: {@code **** 3000} */
    public record Payout(String accountMasked) {

        public static Payout ending(String last4) {
            return last4 == null ? null : new Payout("**** " + last4);
        }
    }
}
