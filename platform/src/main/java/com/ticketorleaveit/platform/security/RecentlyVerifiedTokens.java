package com.ticketorleaveit.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers for a while the access tokens whose signature verified, so that a client's next requests with the same
 * token are spared the signature check: the RSA verification, the token's Base64 and its JSON took a tenth to a fifth
 * of a service's processor time under load, most of it for the same few tokens asked again (a customer waiting for an
 * order reads it with the token it placed it with). The claims are checked again on every use, so a token that has
 * expired since is refused as before; only a token signed with a key withdrawn since is still taken for at most
 * {@link #REMEMBERED} (ADR 22). A token that did not verify is not remembered.
 */
public final class RecentlyVerifiedTokens implements JwtDecoder {

    /** How long a verified token is taken without verifying its signature again. */
    public static final Duration REMEMBERED = Duration.ofMinutes(2);

    /** At most this many tokens are remembered, the least recently used forgotten first (a few kilobytes each). */
    static final int CAPACITY = 4_096;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier checks a token's signature and its claims
     * @param claims the claims' checks of {@code verifier}, asked again each time a remembered token is used
     */
    public RecentlyVerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims) {
        this.verifier = verifier;
        this.claims = claims;
        this.verified = Caffeine.newBuilder()
                .maximumSize(CAPACITY)
                .expireAfterWrite(REMEMBERED)
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = claims.validate(remembered);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(
                    "The access token is no longer valid: "
                            + result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
        return remembered;
    }
}
