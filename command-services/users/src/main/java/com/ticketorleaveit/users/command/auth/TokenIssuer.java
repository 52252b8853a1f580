package com.ticketorleaveit.users.command.auth;

import com.ticketorleaveit.platform.security.SecurityProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs access tokens (HS256) that every service verifies with the shared key. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final String issuer;
    private final Duration lifetime;

    @Autowired
    TokenIssuer(JwtEncoder encoder, SecurityProperties properties) {
        this(encoder, properties.issuer(), properties.accessTokenTtl());
    }

    TokenIssuer(JwtEncoder encoder, String issuer, Duration lifetime) {
        this.encoder = encoder;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    public AccessToken issue(UUID userId, String email, List<String> roles, Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(userId.toString())
                .claim("email", email)
                .claim("roles", List.copyOf(roles))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new AccessToken(token, lifetime);
    }

    /** A signed access token and how long it is valid. */
    public record AccessToken(String value, Duration lifetime) {}
}
