package com.ticketorleaveit.users.command.auth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the credentials table for logging in; the commands of the User aggregate are what write it. */
@Repository
class Accounts {

    private static final String SELECT =
            "select user_id, email, password_hash, roles, password_change_required from users_credentials ";

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byEmail(String email) {
        return jdbc.query(SELECT + "where email_lower = ?", Accounts::account, email.toLowerCase(Locale.ROOT)).stream()
                .findFirst();
    }

    Optional<Account> byId(UUID userId) {
        return jdbc.query(SELECT + "where user_id = ?", Accounts::account, userId).stream()
                .findFirst();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        return new Account(
                rs.getObject("user_id", UUID.class),
                rs.getString("email"),
                rs.getString("password_hash"),
                List.of((String[]) roles.getArray()),
                rs.getBoolean("password_change_required"));
    }

    /** @param passwordChangeRequired the password is a one-time one: it must be changed before any role but CUSTOMER */
    record Account(UUID userId, String email, String passwordHash, List<String> roles, boolean passwordChangeRequired) {

        /** The roles tokens carry now. */
        List<String> effectiveRoles() {
            return passwordChangeRequired ? List.of("CUSTOMER") : roles;
        }
    }
}
