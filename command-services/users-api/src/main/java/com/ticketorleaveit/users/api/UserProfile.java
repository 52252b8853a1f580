package com.ticketorleaveit.users.api;

import java.util.List;
import java.util.UUID;

/**
 * A user's profile as {@code GET /api/v1/users/me} shows it; what changing it answers.
 *
 * @param pictureUrl null when there is no picture
 * @param roles in the order they were granted, CUSTOMER first
 */
public record UserProfile(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String pictureUrl,
        List<String> roles,
        Preferences preferences) {

    /** @param eventReminders whether the user is reminded of the events they hold tickets for */
    public record Preferences(boolean eventReminders) {}
}
