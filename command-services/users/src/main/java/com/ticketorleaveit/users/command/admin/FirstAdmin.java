package com.ticketorleaveit.users.command.admin;

import com.ticketorleaveit.platform.refusal.Refusals;
import com.ticketorleaveit.users.api.RegisterFirstAdmin;
import com.ticketorleaveit.users.api.UserId;
import com.ticketorleaveit.users.command.auth.Passwords;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes the platform's first admin at the first start, from configuration (ADR 26): the account of
 * {@code TICKETING_ADMIN_EMAIL} with the ADMIN role and a generated one-time password, written to a file only its owner
 * reads. Only while no account holds ADMIN: later admins are granted by admins. Replicas starting at once take turns (a
 * PostgreSQL advisory lock), the account's id derives from the email, and the file is written before the account is
 * stored, so whichever replica makes it, at whatever point a start is cut short, the file holds the password stored.
 */
@Component
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String LOCK = "select pg_advisory_lock(hashtext('ticketing.users.first-admin'))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtext('ticketing.users.first-admin'))";
    private static final Duration RETRY_EVERY = Duration.ofSeconds(1);
    private static final int ATTEMPTS = 180;

    private final FirstAdminProperties properties;
    private final OneTimePasswordFile passwordFile;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final Passwords passwords;

    FirstAdmin(
            FirstAdminProperties properties,
            DataSource dataSource,
            JdbcTemplate jdbc,
            CommandGateway commands,
            Passwords passwords) {
        this.properties = properties;
        this.passwordFile = new OneTimePasswordFile(properties.passwordFile());
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.commands = commands;
        this.passwords = passwords;
    }

    /**
     * In the background: right after start the command bus may know no member yet, so the command is sent again until
     * it goes through.
     */
    @EventListener(ApplicationReadyEvent.class)
    void makeOnStart() {
        if (!properties.configured()) {
            return;
        }
        Thread thread = new Thread(this::makeWithRetries, "first-admin");
        thread.setDaemon(true);
        thread.start();
    }

    private void makeWithRetries() {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                ensure();
                return;
            } catch (RuntimeException e) {
                if (Refusals.of(e).isPresent()) {
                    log.error("The first admin {} could not be made: {}", properties.email(), e.getMessage());
                    return;
                }
                log.debug("The first admin is not made yet (attempt {}): {}", attempt, e.toString());
            }
            try {
                Thread.sleep(RETRY_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.error(
                "The first admin {} could not be made in {} attempts; it is tried again at the next start",
                properties.email(),
                ATTEMPTS);
    }

    /** What one attempt found or did; one replica at a time. */
    Outcome ensure() {
        try (Connection lock = dataSource.getConnection();
                Statement statement = lock.createStatement()) {
            statement.execute(LOCK);
            try {
                return ensureLocked();
            } finally {
                statement.execute(UNLOCK);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the first admin's lock", e);
        }
    }

    private Outcome ensureLocked() {
        String email = properties.email().strip();
        UserId id = RegisterFirstAdmin.idFor(email);
        var holders = jdbc.query(
                "select user_id, password_change_required from users_credentials where email_lower = ?",
                (rs, row) -> new Holder(rs.getObject("user_id", UUID.class), rs.getBoolean("password_change_required")),
                email.toLowerCase(Locale.ROOT));
        if (!holders.isEmpty()) {
            Holder holder = holders.get(0);
            if (!holder.userId().equals(id.value())) {
                log.warn(
                        "No first admin made: {} belongs to an account that was not made as the first admin, and is"
                                + " never promoted for its email alone; an admin grants it the role",
                        email);
                return Outcome.EMAIL_TAKEN;
            }
            if (!holder.passwordChangeRequired() && passwordFile.deleteIfPresent()) {
                log.info("The first admin changed the one-time password: {} deleted", passwordFile.path());
            }
            return Outcome.EXISTS;
        }
        Boolean anAdminExists = jdbc.queryForObject(
                "select exists (select 1 from users_credentials where 'ADMIN' = any (roles))", Boolean.class);
        if (Boolean.TRUE.equals(anAdminExists)) {
            return Outcome.AN_ADMIN_EXISTS;
        }
        String password = passwordFile.readOrCreate();
        commands.sendAndWait(new RegisterFirstAdmin(id, email, passwords.hash(password)));
        log.info(
                "Made the first admin {}: its one-time password is in {} on this host; it must be changed at the"
                        + " first login",
                email,
                passwordFile.path());
        return Outcome.CREATED;
    }

    private record Holder(UUID userId, boolean passwordChangeRequired) {}

    enum Outcome {
        CREATED,
        EXISTS,
        AN_ADMIN_EXISTS,
        EMAIL_TAKEN
    }
}
