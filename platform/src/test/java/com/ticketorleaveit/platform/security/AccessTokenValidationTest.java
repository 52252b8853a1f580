package com.ticketorleaveit.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class AccessTokenValidationTest {

    private static final SecurityProperties PROPERTIES = new SecurityProperties(
            "ticket-or-leave-it",
            "ticket-or-leave-it",
            URI.create("http://127.0.0.1:9/.well-known/jwks.json"),
            Duration.ofMinutes(15),
            Duration.ofDays(30));

    private final OAuth2TokenValidator<Jwt> validator = AccessTokenValidation.validator(PROPERTIES);

    @Test
    void acceptsATokenAsTheUsersContextIssuesIt() {
        assertThat(validator.validate(aToken(claims -> claims)).hasErrors()).isFalse();
    }

    @Test
    void rejectsATokenWithoutExpiry() {
        assertThat(validator
                        .validate(aToken(claims -> claims.claims(all -> all.remove("exp"))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void rejectsAnExpiredToken() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        assertThat(validator
                        .validate(aToken(claims -> claims.issuedAt(anHourAgo).expiresAt(anHourAgo.plusSeconds(900))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void rejectsATokenFromAnotherIssuer() {
        assertThat(validator
                        .validate(aToken(claims -> claims.issuer("someone-else")))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void rejectsATokenWithoutIssuer() {
        assertThat(validator
                        .validate(aToken(claims -> claims.claims(all -> all.remove("iss"))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        assertThat(validator
                        .validate(aToken(claims -> claims.audience(List.of("another-api"))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void rejectsATokenWithoutAudience() {
        assertThat(validator
                        .validate(aToken(claims -> claims.claims(all -> all.remove("aud"))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void rejectsATokenWithoutSubject() {
        assertThat(validator
                        .validate(aToken(claims -> claims.claims(all -> all.remove("sub"))))
                        .hasErrors())
                .isTrue();
    }

    private static Jwt aToken(UnaryOperator<Jwt.Builder> change) {
        Instant now = Instant.now();
        Jwt.Builder token = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .issuer("ticket-or-leave-it")
                .audience(List.of("ticket-or-leave-it"))
                .subject(UUID.randomUUID().toString())
                .claim("roles", List.of("CUSTOMER"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(900));
        return change.apply(token).build();
    }
}
