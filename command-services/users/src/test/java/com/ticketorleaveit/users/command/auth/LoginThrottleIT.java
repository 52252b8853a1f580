package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.local.Postgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The throttle's schedule, as the users context's own migrations store it in a real PostgreSQL. */
class LoginThrottleIT {

    private static final Postgres postgres = startPostgres();
    private static final JdbcTemplate jdbc = migrated(postgres.createScratchDatabase("users_login_throttle_it"));

    private final LoginThrottle throttle = new LoginThrottle(jdbc, 5, Duration.ofMinutes(15));
    private final String email = "guessed-" + UUID.randomUUID() + "@example.test";
    private final Instant now = Instant.parse("2026-12-07T20:00:00Z");

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
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

    private static Postgres startPostgres() {
        try {
            return Postgres.start(Path.of("target", "it-postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JdbcTemplate migrated(String database) {
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password())
                .locations("classpath:db/command/users")
                .load()
                .migrate();
        return new JdbcTemplate(
                new DriverManagerDataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password()));
    }
}
