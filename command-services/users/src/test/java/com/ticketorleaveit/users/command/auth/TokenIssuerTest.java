package com.ticketorleaveit.users.command.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class TokenIssuerTest {

    private static final SecretKey KEY = new SecretKeySpec(
            "a-test-only-secret-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final TokenIssuer issuer =
            new TokenIssuer(new NimbusJwtEncoder(new ImmutableSecret<>(KEY)), "ticket-or-leave-it", FIFTEEN_MINUTES);
    private final JwtDecoder verifier =
            NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();

    private final UUID userId = UUID.randomUUID();

    @Test
    void signsTheIdentityAndRolesOfTheUser() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Jwt token = verifier.decode(issuer.issue(userId, "ada@example.org", List.of("CUSTOMER", "ORGANIZER"), now)
                .value());

        assertThat(token.getHeaders()).containsEntry("alg", "HS256");
        assertThat(token.getClaimAsString("iss")).isEqualTo("ticket-or-leave-it");
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
}
