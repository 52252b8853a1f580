package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The throttle's schedule, as the users context's own migrations store it in a real PostgreSQL. */
class LoginThrottleIT {

    private static final UsersDatabase database = UsersDatabase.migrated("users_login_throttle_it");
    private static final JdbcTemplate jdbc = database.jdbc();

    private final LoginThrottle throttle = new LoginThrottle(jdbc, 5, Duration.ofMinutes(15));
    private final String email = "guessed-" + UUID.randomUUID() + "@example.test";
    private final Instant now = Instant.parse("2026-12-07T20:00:00Z");

    @AfterAll
    static void closeDatabase() throws IOException {
        database.close();
    }

    @Test
    void fiveFailuresAreFreeThenEachOneLocksTwiceAsLongAsTheLast() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(email, now);
        }
        assertThat(throttle.lockedFor(email, now)).isEmpty();

        throttle.failed(email, now);
        assertThat(throttle.lockedFor(email, now)).contains(Duration.ofSeconds(1));
        throttle.failed(email, now);
        assertThat(throttle.lockedFor(email, now)).contains(Duration.ofSeconds(2));
        throttle.failed(email, now);
        assertThat(throttle.lockedFor(email, now)).contains(Duration.ofSeconds(4));
        assertThat(throttle.lockedFor(email, now.plusSeconds(4))).isEmpty();
    }

    @Test
    void theLockStopsGrowingAtItsCap() {
        for (int i = 0; i < 40; i++) {
            throttle.failed(email, now);
        }

        assertThat(throttle.lockedFor(email, now)).contains(Duration.ofMinutes(15));
    }

    @Test
    void anAddressIsOneAddressWhateverItsCase() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(i % 2 == 0 ? email.toUpperCase() : email, now);
        }

        assertThat(throttle.lockedFor(" " + email + " ", now)).isPresent();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed(email, now);
        }

        throttle.succeeded(email);

        assertThat(throttle.lockedFor(email, now)).isEmpty();
        throttle.failed(email, now);
        assertThat(throttle.lockedFor(email, now)).as("free failures again").isEmpty();
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        var threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    throttle.failed(email, now);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(jdbc.queryForObject(
                        "select failures from users_login_failures where email_lower = ?", Integer.class, email))
                .isEqualTo(40);
    }
}
