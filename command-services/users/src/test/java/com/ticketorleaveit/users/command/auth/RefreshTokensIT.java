package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refresh tokens in a real PostgreSQL migrated with the users scripts: rotation within a family, a replayed token
 * revoking its family, logout, revoking every session of a user, and the purge of expired tokens.
 */
class RefreshTokensIT {

    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final UsersDatabase database = UsersDatabase.migrated("users_refresh_tokens_it");

    private final JdbcTemplate jdbc = database.jdbc();
    private final RefreshTokens tokens = new RefreshTokens(jdbc);
    private final Instant now = Instant.parse("2027-01-10T10:00:00Z");
    private UUID user;

    @AfterAll
    static void closeDatabase() throws IOException {
        database.close();
    }

    @BeforeEach
    void aUserWithCredentials() {
        user = aUser();
    }

    @Test
    void rotatesATokenOnceWithinItsFamily() {
        UUID family = UUID.randomUUID();
        String first = tokens.issue(user, family, now, LIFETIME);

        var redeemed = tokens.redeem(first, now.plusSeconds(60));

        assertThat(redeemed).contains(new RefreshTokens.Redeemed(user, family));
    }

    @Test
    void aReplayedTokenRevokesItsWholeFamilySoTheTokenRotatedFromItIsRefusedToo() {
        UUID family = UUID.randomUUID();
        String first = tokens.issue(user, family, now, LIFETIME);
        tokens.redeem(first, now.plusSeconds(60)).orElseThrow();
        String second = tokens.issue(user, family, now.plusSeconds(60), LIFETIME);

        var replay = tokens.redeem(first, now.plusSeconds(120));

        assertThat(replay).as("the replay itself").isEmpty();
        assertThat(tokens.redeem(second, now.plusSeconds(180)))
                .as("the live token of the same family")
                .isEmpty();
        assertThat(liveTokensOfFamily(family)).isZero();
    }

    @Test
    void aReplayLeavesTheUsersOtherSessionsAlone() {
        UUID stolen = UUID.randomUUID();
        String first = tokens.issue(user, stolen, now, LIFETIME);
        tokens.redeem(first, now).orElseThrow();
        String otherDevice = tokens.issue(user, UUID.randomUUID(), now, LIFETIME);

        tokens.redeem(first, now.plusSeconds(60));

        assertThat(tokens.redeem(otherDevice, now.plusSeconds(120))).isPresent();
    }

    @Test
    void refusesAnExpiredTokenWithoutRevokingItsFamily() {
        UUID family = UUID.randomUUID();
        String expiring = tokens.issue(user, family, now, Duration.ofMinutes(1));
        String sibling = tokens.issue(user, family, now, LIFETIME);

        assertThat(tokens.redeem(expiring, now.plusSeconds(120))).isEmpty();
        assertThat(tokens.redeem(sibling, now.plusSeconds(120))).isPresent();
    }

    @Test
    void logoutRevokesTheSessionAndIsRepeatable() {
        UUID family = UUID.randomUUID();
        String token = tokens.issue(user, family, now, LIFETIME);

        tokens.revoke(token, now.plusSeconds(10));
        tokens.revoke(token, now.plusSeconds(20));
        tokens.revoke("never-issued", now.plusSeconds(20));

        assertThat(tokens.redeem(token, now.plusSeconds(30))).isEmpty();
        assertThat(revokedAt(token)).isEqualTo(now.plusSeconds(10));
    }

    @Test
    void revokingAllOfAUserEndsEverySessionOfThatUserOnly() {
        String phone = tokens.issue(user, UUID.randomUUID(), now, LIFETIME);
        String laptop = tokens.issue(user, UUID.randomUUID(), now, LIFETIME);
        UUID someoneElse = aUser();
        String theirs = tokens.issue(someoneElse, UUID.randomUUID(), now, LIFETIME);

        assertThat(tokens.revokeAllOf(user, now.plusSeconds(10))).isEqualTo(2);

        assertThat(tokens.redeem(phone, now.plusSeconds(20))).isEmpty();
        assertThat(tokens.redeem(laptop, now.plusSeconds(20))).isEmpty();
        assertThat(tokens.redeem(theirs, now.plusSeconds(20))).isPresent();
    }

    @Test
    void purgesOnlyExpiredTokensInBatches() {
        for (int i = 0; i < 5; i++) {
            tokens.issue(user, UUID.randomUUID(), now.minus(LIFETIME).minusSeconds(60), LIFETIME);
        }
        String live = tokens.issue(user, UUID.randomUUID(), now, LIFETIME);

        assertThat(tokens.purgeExpired(now, 3)).isEqualTo(3);
        assertThat(tokens.purgeExpired(now, 3)).isEqualTo(2);
        assertThat(tokens.purgeExpired(now, 3)).isZero();

        assertThat(jdbc.queryForObject(
                        "select count(*) from users_refresh_tokens where user_id = ?", Integer.class, user))
                .isEqualTo(1);
        assertThat(tokens.redeem(live, now)).isPresent();
    }

    @Test
    void deletingACredentialsRowDeletesItsTokens() {
        String token = tokens.issue(user, UUID.randomUUID(), now, LIFETIME);

        jdbc.update("delete from users_credentials where user_id = ?", user);

        assertThat(tokens.redeem(token, now)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from users_refresh_tokens where user_id = ?", Integer.class, user))
                .isZero();
    }

    private UUID aUser() {
        UUID id = UUID.randomUUID();
        String email = ("ada-" + id + "@example.org").toLowerCase(Locale.ROOT);
        jdbc.update(
                "insert into users_credentials (user_id, email_lower, email, password_hash) values (?, ?, ?, 'hash')",
                id,
                email,
                email);
        return id;
    }

    private int liveTokensOfFamily(UUID family) {
        return jdbc.queryForObject(
                "select count(*) from users_refresh_tokens where family_id = ? and revoked_at is null",
                Integer.class,
                family);
    }

    private Instant revokedAt(String token) {
        return jdbc.queryForObject(
                        "select revoked_at from users_refresh_tokens where token_hash = ?",
                        Timestamp.class,
                        RefreshTokens.hash(token))
                .toInstant();
    }
}
