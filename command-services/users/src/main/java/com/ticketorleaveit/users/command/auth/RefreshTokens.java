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
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Single-use refresh tokens: random, opaque, stored only as their SHA-256. */
@Repository
class RefreshTokens {

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;

    RefreshTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String issue(UUID userId, Instant now, Duration lifetime) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "insert into users_refresh_tokens (token_hash, user_id, expires_at) values (?, ?, ?)",
                hash(token),
                userId,
                Timestamp.from(now.plus(lifetime)));
        return token;
    }

    /** Revokes the token if it is valid and returns its user; a token can be redeemed once. */
    Optional<UUID> redeem(String token, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.query("""
                        update users_refresh_tokens set revoked_at = ?
                        where token_hash = ? and revoked_at is null and expires_at > ?
                        returning user_id""", (rs, row) -> rs.getObject("user_id", UUID.class), at, hash(token), at).stream()
                .findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
