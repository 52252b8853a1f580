package com.ticketorleaveit.users.command.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Single-use refresh tokens: random, opaque, stored only as their SHA-256. The tokens rotated from one login form a
 * family; presenting a token that was already rotated means two parties hold the family (the client and a thief), so
 * the whole family is revoked and both must log in again (ADR 23).
 */
@Repository
public class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;

    RefreshTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A token of the family: a new family at login, the same family at each rotation. */
    String issue(UUID userId, UUID familyId, Instant now, Duration lifetime) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "insert into users_refresh_tokens (token_hash, user_id, family_id, expires_at) values (?, ?, ?, ?)",
                hash(token),
                userId,
                familyId,
                Timestamp.from(now.plus(lifetime)));
        return token;
    }

    /**
     * Revokes the token if it is valid and answers its user and family; a token can be redeemed once. A token redeemed
     * or revoked before revokes its whole family and answers nothing, as an unknown or expired one does.
     */
    Optional<Redeemed> redeem(String token, Instant now) {
        Timestamp at = Timestamp.from(now);
        String tokenHash = hash(token);
        Optional<Redeemed> redeemed = jdbc
                .query(
                        """
                        update users_refresh_tokens set revoked_at = ?
                        where token_hash = ? and revoked_at is null and expires_at > ?
                        returning user_id, family_id""",
                        (rs, row) -> new Redeemed(
                                rs.getObject("user_id", UUID.class), rs.getObject("family_id", UUID.class)),
                        at,
                        tokenHash,
                        at)
                .stream()
                .findFirst();
        if (redeemed.isEmpty()) {
            List<UUID> replayed = jdbc.query(
                    "select family_id from users_refresh_tokens where token_hash = ? and revoked_at is not null",
                    (rs, row) -> rs.getObject("family_id", UUID.class),
                    tokenHash);
            replayed.forEach(family -> {
                int revoked = revokeFamily(family, now);
                log.warn(
                        "A used refresh token was presented again: its family {} is revoked ({} live token(s))",
                        family,
                        revoked);
            });
        }
        return redeemed;
    }

    /** Ends the session the token belongs to (its whole family); an unknown token changes nothing. */
    void revoke(String token, Instant now) {
        jdbc.update("""
                update users_refresh_tokens set revoked_at = ?
                where family_id = (select family_id from users_refresh_tokens where token_hash = ?)
                  and revoked_at is null""", Timestamp.from(now), hash(token));
    }

    /** Ends every session of the user: a password change. */
    public int revokeAllOf(UUID userId, Instant now) {
        return jdbc.update(
                "update users_refresh_tokens set revoked_at = ? where user_id = ? and revoked_at is null",
                Timestamp.from(now),
                userId);
    }

    /**
     * Deletes tokens that expired before {@code before}, at most {@code batch} of them; answers how many. An expired
     * token is refused whether its row is there or not.
     */
    int purgeExpired(Instant before, int batch) {
        return jdbc.update("""
                delete from users_refresh_tokens where token_hash in (
                    select token_hash from users_refresh_tokens where expires_at < ? limit ?)""", Timestamp.from(before), batch);
    }

    private int revokeFamily(UUID familyId, Instant now) {
        return jdbc.update(
                "update users_refresh_tokens set revoked_at = ? where family_id = ? and revoked_at is null",
                Timestamp.from(now),
                familyId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** A token redeemed: whose it was and which family the next one continues. */
    record Redeemed(UUID userId, UUID familyId) {}
}
