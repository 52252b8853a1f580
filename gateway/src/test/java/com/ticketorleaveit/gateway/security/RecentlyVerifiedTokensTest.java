package com.ticketorleaveit.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class RecentlyVerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtTimestampValidator claims = new JwtTimestampValidator(Duration.ZERO);

    @Test
    void aTokenAskedAgainIsNotVerifiedAgainUntilItExpires() {
        var tokens = new RecentlyVerifiedTokens(
                token -> {
                    verifications.incrementAndGet();
                    return Mono.just(aJwt(token, NOW.plusSeconds(30)));
                },
                claims);
        claims.setClock(Clock.fixed(NOW, ZoneOffset.UTC));

        StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();
        StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();
        assertThat(verifications).hasValue(1);

        claims.setClock(Clock.fixed(NOW.plusSeconds(31), ZoneOffset.UTC));
        StepVerifier.create(tokens.decode("token-a"))
                .expectError(JwtValidationException.class)
                .verify();
    }

    @Test
    void aTokenThatDidNotVerifyIsVerifiedAgainNextTime() {
        var tokens = new RecentlyVerifiedTokens(
                token -> verifications.incrementAndGet() == 1
                        ? Mono.error(new BadJwtException("Signature does not verify"))
                        : Mono.just(aJwt(token, NOW.plusSeconds(900))),
                claims);
        claims.setClock(Clock.fixed(NOW, ZoneOffset.UTC));

        StepVerifier.create(tokens.decode("token-a"))
                .expectError(BadJwtException.class)
                .verify();
        StepVerifier.create(tokens.decode("token-a")).expectNextCount(1).verifyComplete();
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
