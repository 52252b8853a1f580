package com.ticketorleaveit.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class RecentlyVerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtTimestampValidator claims = new JwtTimestampValidator(Duration.ZERO);

    @Test
    void aTokenAskedAgainIsNotVerifiedAgain() {
        var tokens = new RecentlyVerifiedTokens(
                token -> {
                    verifications.incrementAndGet();
                    return aJwt(token, NOW.plusSeconds(900));
                },
                claims);
        claims.setClock(Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt first = tokens.decode("token-a");
        Jwt again = tokens.decode("token-a");
        tokens.decode("token-b");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenThatHasExpiredSinceIsRefused() {
        var tokens = new RecentlyVerifiedTokens(token -> aJwt(token, NOW.plusSeconds(30)), claims);
        claims.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.decode("token-a");

        claims.setClock(Clock.fixed(NOW.plusSeconds(31), ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenThatDidNotVerifyIsVerifiedAgainNextTime() {
        var tokens = new RecentlyVerifiedTokens(
                token -> {
                    if (verifications.incrementAndGet() == 1) {
                        throw new BadJwtException("Signature does not verify");
                    }
                    return aJwt(token, NOW.plusSeconds(900));
                },
                claims);
        claims.setClock(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(tokens.decode("token-a").getTokenValue()).isEqualTo("token-a");
        assertThat(verifications).hasValue(2);
    }

    private static Jwt aJwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("a-user")
                .issuedAt(NOW.minusSeconds(60))
                .expiresAt(expiresAt)
                .build();
    }
}
