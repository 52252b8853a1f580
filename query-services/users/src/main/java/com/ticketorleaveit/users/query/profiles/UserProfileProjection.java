package com.ticketorleaveit.users.query.profiles;

import com.ticketorleaveit.users.api.PreferencesChanged;
import com.ticketorleaveit.users.api.ProfileChanged;
import com.ticketorleaveit.users.api.RoleGranted;
import com.ticketorleaveit.users.api.RoleRevoked;
import com.ticketorleaveit.users.api.UserDeactivated;
import com.ticketorleaveit.users.api.UserRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code users_profiles}; every handler can run twice for the same event without changing the outcome. */
@Component
@ProcessingGroup(UserProfileProjection.GROUP)
class UserProfileProjection {

    static final String GROUP = "users-profiles";

    private final JdbcTemplate jdbc;

    UserProfileProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.update("""
                insert into users_profiles (user_id, first_name, last_name, email) values (?, ?, ?, ?)
                on conflict (user_id) do update
                set first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email""", event.userId().value(), event.firstName(), event.lastName(), event.email());
    }

    @EventHandler
    void on(RoleGranted event) {
        jdbc.update(
                """
                update users_profiles set roles = array_append(roles, ?::text)
                where user_id = ? and not (?::text = any (roles))""", event.role().name(), event.userId().value(), event.role().name());
    }

    @EventHandler
    void on(RoleRevoked event) {
        jdbc.update(
                "update users_profiles set roles = array_remove(roles, ?::text) where user_id = ?",
                event.role().name(),
                event.userId().value());
    }

    @EventHandler
    void on(PreferencesChanged event) {
        jdbc.update(
                "update users_profiles set event_reminders = ? where user_id = ?",
                event.eventReminders(),
                event.userId().value());
    }

    @EventHandler
    void on(ProfileChanged event) {
        jdbc.update(
                "update users_profiles set first_name = ?, last_name = ?, picture_url = ? where user_id = ?",
                event.firstName(),
                event.lastName(),
                event.pictureUrl(),
                event.userId().value());
    }

    /** A closed account's personal data leaves the read model: the row goes (ADR 23). No later event touches it. */
    @EventHandler
    void on(UserDeactivated event) {
        jdbc.update(
                "delete from users_profiles where user_id = ?", event.userId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from users_profiles");
    }
}
