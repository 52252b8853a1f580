package com.ticketorleaveit.users.command.auth;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Slows down guessing one account's password, whichever address the guesses come from: after a few failures in a
 * row, each further failure locks the address for twice as long as the last (1 s, 2 s, 4 s … up to a cap). While it
 * is locked, a login is refused before its password is even hashed, so a guesser spends no processor time of ours. An
 * address nobody registered is counted the same way, so the answers tell nothing about who has an account. A success
 * clears the count. The count lives in the database: every replica sees the same one.
 */
@Repository
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final int freeFailures;
    private final Duration longestLock;

    LoginThrottle(
            JdbcTemplate jdbc,
            @Value("${ticketing.users.login-throttle.free-failures:5}") int freeFailures,
            @Value("${ticketing.users.login-throttle.longest-lock:15m}") Duration longestLock) {
        this.jdbc = jdbc;
        this.freeFailures = freeFailures;
        this.longestLock = longestLock;
    }

    /** How long the address stays locked from now, if it is. */
    public Optional<Duration> lockedFor(String email, Instant now) {
        return jdbc
                .query(
                        "select locked_until from users_login_failures where email_lower = ? and locked_until > ?",
                        (rs, row) -> rs.getTimestamp(1).toInstant(),
                        key(email),
                        Timestamp.from(now))
                .stream()
                .findFirst()
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failure; past the free ones, it locks the address for twice as long as the failure before. */
    public void failed(String email, Instant now) {
        jdbc.update("""
                insert into users_login_failures as f (email_lower, failures, last_failure_at, locked_until)
                values (?, 1, ?, null)
                on conflict (email_lower) do update set
                    failures = f.failures + 1,
                    last_failure_at = excluded.last_failure_at,
                    locked_until = case when f.failures + 1 > ?
                        then excluded.last_failure_at
                            + make_interval(secs => least(power(2, least(f.failures - ?, 30)), ?))
                        end""", key(email), Timestamp.from(now), freeFailures, freeFailures, longestLock.toSeconds());
    }

    public void succeeded(String email) {
        jdbc.update("delete from users_login_failures where email_lower = ?", key(email));
    }

    /** Counts of addresses left alone for a day are forgotten. */
    @Scheduled(fixedDelayString = "${ticketing.users.login-throttle.purge-every:1h}", initialDelayString = "1m")
    void purge() {
        jdbc.update(
                "delete from users_login_failures where last_failure_at < ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
