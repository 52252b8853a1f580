package com.ticketorleaveit.queryservices;

import com.ticketorleaveit.platform.security.SecurityProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** A request of a signed-in caller, with an access token as the users context issues them. */
public final class SignedIn {

    private SignedIn() {}

    public static HttpEntity<Void> as(JwtEncoder tokens, SecurityProperties security, UUID user, String role) {
        var claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(user.toString())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claim("email", "someone@example.test")
                .claim("roles", List.of(role))
                .build();
        String token = tokens.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return new HttpEntity<>(headers);
    }
}
