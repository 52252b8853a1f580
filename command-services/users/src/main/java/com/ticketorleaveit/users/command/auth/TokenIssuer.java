package com.ticketorleaveit.users.command.auth;

import com.ticketorleaveit.platform.security.SecurityProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens (RS256) with the users context's current signing key, named in the header ({@code kid}) so that
 * verifiers pick its public half from the published key set.
 */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final String keyId;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;

    @Autowired
    TokenIssuer(JwtEncoder encoder, TokenSigningKeys keys, SecurityProperties properties) {
        this(
                encoder,
                keys.signingKey().getKeyID(),
                properties.issuer(),
                properties.audience(),
                properties.accessTokenTtl());
    }

    TokenIssuer(JwtEncoder encoder, String keyId, String issuer, String audience, Duration lifetime) {
        this.encoder = encoder;
        this.keyId = keyId;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
    }

    public AccessToken issue(UUID userId, String email, List<String> roles, Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(userId.toString())
                .claim("email", email)
                .claim("roles", List.copyOf(roles))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(keyId)
                .type("JWT")
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(token, lifetime);
    }

    /** A signed access token and how long it is valid. */
    public record AccessToken(String value, Duration lifetime) {}
}
