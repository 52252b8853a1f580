package com.ticketorleaveit.users.command;

import com.ticketorleaveit.users.api.Role;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.command.auth.RefreshTokens;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCredentials implements Credentials {

    private final JdbcTemplate jdbc;
    private final RefreshTokens refreshTokens;

    JdbcCredentials(JdbcTemplate jdbc, RefreshTokens refreshTokens) {
        this.jdbc = jdbc;
        this.refreshTokens = refreshTokens;
    }

    @Override
    public Claim register(UserId userId, String email, String passwordHash) {
        String emailLower = email.toLowerCase(Locale.ROOT);
        // "on conflict do nothing" rather than catching the violation: a failed statement would abort the
        // surrounding transaction, which also holds the events
        int inserted = jdbc.update("""
                insert into users_credentials (user_id, email_lower, email, password_hash)
                values (?, ?, ?, ?) on conflict do nothing""", userId.value(), emailLower, email, passwordHash);
        if (inserted == 1) {
            return Claim.CLAIMED;
        }
        return holderOf(email)
                .filter(userId::equals)
                .map(holder -> Claim.ALREADY_YOURS)
                .orElse(Claim.TAKEN);
    }

    @Override
    public Optional<UserId> holderOf(String email) {
        return jdbc
                .query(
                        "select user_id from users_credentials where email_lower = ?",
                        (rs, row) -> new UserId(rs.getObject("user_id", UUID.class)),
                        email.toLowerCase(Locale.ROOT))
                .stream()
                .findFirst();
    }

    @Override
    public void addRole(UserId userId, Role role) {
        jdbc.update("""
                update users_credentials set roles = array_append(roles, ?::text)
                where user_id = ? and not (?::text = any (roles))""", role.name(), userId.value(), role.name());
    }

    @Override
    public void removeRole(UserId userId, Role role) {
        jdbc.update(
                "update users_credentials set roles = array_remove(roles, ?::text) where user_id = ?",
                role.name(),
                userId.value());
    }

    @Override
    public void requirePasswordChange(UserId userId) {
        jdbc.update("update users_credentials set password_change_required = true where user_id = ?", userId.value());
    }

    @Override
    public void changePassword(UserId userId, String passwordHash) {
        jdbc.update(
                "update users_credentials set password_hash = ?, password_change_required = false where user_id = ?",
                passwordHash,
                userId.value());
        refreshTokens.revokeAllOf(userId.value(), Instant.now());
    }

    @Override
    public void remove(UserId userId) {
        // its refresh tokens go with it (on delete cascade)
        jdbc.update("delete from users_credentials where user_id = ?", userId.value());
    }
}
