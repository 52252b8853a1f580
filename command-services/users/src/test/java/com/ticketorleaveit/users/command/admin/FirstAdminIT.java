package com.ticketorleaveit.users.command.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.users.api.RegisterFirstAdmin;
import com.ticketorleaveit.users.command.auth.Passwords;
import com.ticketorleaveit.users.command.auth.UsersDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first admin on a real PostgreSQL migrated with the users scripts: replicas starting at once, each on its own host
 * (its own password file), make one admin, and the one file written holds the password stored. The command bus is
 * Axon's own, in memory; its handler stores the credentials row as the users context's handler does.
 */
class FirstAdminIT {

    private static final UsersDatabase database = UsersDatabase.migrated("users_first_admin_it");
    private static final Passwords passwords = new Passwords();

    private final JdbcTemplate jdbc = database.jdbc();
    private final String email = "root-" + UUID.randomUUID() + "@example.test";

    @TempDir
    Path hosts;

    @AfterAll
    static void closeDatabase() throws IOException {
        database.close();
    }

    /** Each test makes the first admin of a platform that has none yet. */
    @BeforeEach
    void noAccountsYet() {
        jdbc.update("delete from users_credentials");
    }

    @Test
    void replicasStartingAtOnceMakeOneAdminAndOneFileWithThePasswordStored() throws Exception {
        List<Path> files = List.of(hosts.resolve("a/first-admin-password"), hosts.resolve("b/first-admin-password"));
        CountDownLatch ready = new CountDownLatch(files.size());
        ExecutorService replicas = Executors.newFixedThreadPool(files.size());
        try {
            List<Future<FirstAdmin.Outcome>> outcomes = replicas.invokeAll(files.stream()
                    .map(file -> (Callable<FirstAdmin.Outcome>) () -> {
                        FirstAdmin replica = replica(file);
                        ready.countDown();
                        ready.await();
                        return replica.ensure();
                    })
                    .toList());
            assertThat(outcomes.stream().map(FirstAdminIT::outcome))
                    .containsExactlyInAnyOrder(FirstAdmin.Outcome.CREATED, FirstAdmin.Outcome.EXISTS);
        } finally {
            replicas.shutdownNow();
        }

        List<Path> written = files.stream().filter(Files::exists).toList();
        assertThat(written).as("password files written").hasSize(1);
        String password = Files.readString(written.get(0)).strip();
        assertThat(passwords.matches(password, storedHash())).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from users_credentials where email_lower = ?", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void aLaterStartChangesNothingAndDeletesTheFileOnceThePasswordWasChanged() throws Exception {
        Path file = hosts.resolve("first-admin-password");
        assertThat(replica(file).ensure()).isEqualTo(FirstAdmin.Outcome.CREATED);
        String hash = storedHash();

        assertThat(replica(file).ensure()).isEqualTo(FirstAdmin.Outcome.EXISTS);
        assertThat(file).exists();
        assertThat(storedHash()).isEqualTo(hash);

        jdbc.update("update users_credentials set password_change_required = false where email_lower = ?", email);
        assertThat(replica(file).ensure()).isEqualTo(FirstAdmin.Outcome.EXISTS);
        assertThat(file).doesNotExist();
    }

    @Test
    void makesNoSecondFirstAdminWhenAnAccountHoldsAdminAlready() {
        jdbc.update(
                "insert into users_credentials (user_id, email_lower, email, password_hash, roles)"
                        + " values (?, 'someone@example.test', 'someone@example.test', 'x', '{CUSTOMER,ADMIN}')",
                UUID.randomUUID());
        Path file = hosts.resolve("first-admin-password");

        assertThat(replica(file).ensure()).isEqualTo(FirstAdmin.Outcome.AN_ADMIN_EXISTS);
        assertThat(file).doesNotExist();
    }

    @Test
    void neverPromotesAnAccountSomeoneRegisteredWithTheEmail() {
        jdbc.update(
                "insert into users_credentials (user_id, email_lower, email, password_hash) values (?, ?, ?, 'x')",
                UUID.randomUUID(),
                email,
                email);
        Path file = hosts.resolve("first-admin-password");

        assertThat(replica(file).ensure()).isEqualTo(FirstAdmin.Outcome.EMAIL_TAKEN);
        assertThat(file).doesNotExist();
    }

    private String storedHash() {
        return jdbc.queryForObject(
                "select password_hash from users_credentials where email_lower = ?", String.class, email);
    }

    /** A replica: its own connections, its own command bus, its own host's file. */
    private FirstAdmin replica(Path passwordFile) {
        var dataSource = database.dataSource();
        JdbcTemplate replicaJdbc = new JdbcTemplate(dataSource);
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RegisterFirstAdmin.class.getName(), message -> {
            RegisterFirstAdmin command = (RegisterFirstAdmin) message.getPayload();
            replicaJdbc.update("""
                    insert into users_credentials
                        (user_id, email_lower, email, password_hash, roles, password_change_required)
                    values (?, lower(?), ?, ?, '{CUSTOMER,ADMIN}', true) on conflict do nothing""", command.userId().value(), command.email(), command.email(), command.passwordHash());
            return null;
        });
        CommandGateway commands =
                DefaultCommandGateway.builder().commandBus(bus).build();
        return new FirstAdmin(
                new FirstAdminProperties(email, passwordFile), dataSource, replicaJdbc, commands, passwords);
    }

    private static FirstAdmin.Outcome outcome(Future<FirstAdmin.Outcome> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
