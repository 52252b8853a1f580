package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.ticketorleaveit.platform.security.SecurityProperties;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class TokenIssuerTest {

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final SecurityProperties SECURITY = new SecurityProperties(
            "ticket-or-leave-it",
            "ticket-or-leave-it",
            URI.create("http://unused"),
            FIFTEEN_MINUTES,
            Duration.ofDays(30));
    private static final RSAKey KEY = TestKeys.anRsaKey();
    private static final RSAKey ANOTHER_KEY = TestKeys.anRsaKey();

    private final TokenIssuer issuer = issuerSigningWith(KEY);
    private final JwtDecoder verifier = TokenKeysConfiguration.verifierOf(TokenSigningKeys.of(List.of(KEY)), SECURITY);

    private final UUID userId = UUID.randomUUID();

    @Test
    void signsTheIdentityAndRolesOfTheUserForThePlatform() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Jwt token = verifier.decode(issuer.issue(userId, "ada@example.org", List.of("CUSTOMER", "ORGANIZER"), now)
                .value());

        assertThat(token.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", KEY.getKeyID());
        assertThat(token.getClaimAsString("iss")).isEqualTo("ticket-or-leave-it");
        assertThat(token.getAudience()).containsExactly("ticket-or-leave-it");
        assertThat(token.getSubject()).isEqualTo(userId.toString());
        assertThat(token.getClaimAsString("email")).isEqualTo("ada@example.org");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("CUSTOMER", "ORGANIZER");
        assertThat(token.getIssuedAt()).isEqualTo(now);
    }

    @Test
    void expiresAfterTheAccessTokenLifetime() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        TokenIssuer.AccessToken issued = issuer.issue(userId, "ada@example.org", List.of("CUSTOMER"), now);

        assertThat(verifier.decode(issued.value()).getExpiresAt()).isEqualTo(now.plus(FIFTEEN_MINUTES));
        assertThat(issued.lifetime()).isEqualTo(FIFTEEN_MINUTES);
    }

    @Test
    void isRefusedOnceExpired() {
        Instant issuedSixteenMinutesAgo = Instant.now().minus(Duration.ofMinutes(16));

        String token = issuer.issue(userId, "ada@example.org", List.of("CUSTOMER"), issuedSixteenMinutesAgo)
                .value();

        assertThatThrownBy(() -> verifier.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void refusesATokenSignedWithAnyOtherKey() {
        String forged = issuerSigningWith(ANOTHER_KEY)
                .issue(userId, "ada@example.org", List.of("ADMIN"), Instant.now())
                .value();

        assertThatThrownBy(() -> verifier.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void refusesATokenSignedWithAnotherKeyThatClaimsTheKeyIdOfOurs() {
        var forger = new TokenIssuer(
                new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
                        new RSAKey.Builder(ANOTHER_KEY).keyID(KEY.getKeyID()).build()))),
                KEY.getKeyID(),
                "ticket-or-leave-it",
                "ticket-or-leave-it",
                FIFTEEN_MINUTES);
        String forged = forger.issue(userId, "ada@example.org", List.of("ADMIN"), Instant.now())
                .value();

        assertThatThrownBy(() -> verifier.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void refusesATokenForAnotherAudience() {
        var elsewhere = new TokenIssuer(
                new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY))),
                KEY.getKeyID(),
                "ticket-or-leave-it",
                "another-api",
                FIFTEEN_MINUTES);
        String token = elsewhere
                .issue(userId, "ada@example.org", List.of("CUSTOMER"), Instant.now())
                .value();

        assertThatThrownBy(() -> verifier.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aRotatedInKeySignsWhileTheRetiringKeyStillVerifiesTheTokensItSigned() {
        String signedBeforeRotation = issuer.issue(userId, "ada@example.org", List.of("CUSTOMER"), Instant.now())
                .value();
        RSAKey newKey = TestKeys.anRsaKey();
        TokenSigningKeys rotated = TokenSigningKeys.of(List.of(newKey, KEY));
        JwtDecoder rotatedVerifier = TokenKeysConfiguration.verifierOf(rotated, SECURITY);

        String signedAfterRotation = issuerSigningWith(rotated.signingKey())
                .issue(userId, "ada@example.org", List.of("CUSTOMER"), Instant.now())
                .value();

        assertThat(rotatedVerifier.decode(signedAfterRotation).getHeaders()).containsEntry("kid", newKey.getKeyID());
        assertThat(rotatedVerifier.decode(signedBeforeRotation).getSubject()).isEqualTo(userId.toString());
        assertThat(rotated.publicKeys().getKeys())
                .extracting(key -> key.getKeyID())
                .containsExactly(newKey.getKeyID(), KEY.getKeyID());
        assertThat(rotated.publicKeys().getKeys()).noneMatch(key -> key.isPrivate());
    }

    private static TokenIssuer issuerSigningWith(RSAKey key) {
        return new TokenIssuer(
                new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))),
                key.getKeyID(),
                "ticket-or-leave-it",
                "ticket-or-leave-it",
                FIFTEEN_MINUTES);
    }
}
