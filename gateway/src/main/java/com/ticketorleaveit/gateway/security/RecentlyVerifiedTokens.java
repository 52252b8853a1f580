package com.ticketorleaveit.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's side of the services' {@code RecentlyVerifiedTokens} (platform): a token whose signature verified is
 * taken without verifying it again for {@link #REMEMBERED}, its claims checked on every use. A client sends the same
 * token request after request, and the signature check was the larger part of authenticating one.
 */
final class RecentlyVerifiedTokens implements ReactiveJwtDecoder {

    static final Duration REMEMBERED = Duration.ofMinutes(2);
    static final int CAPACITY = 4_096;

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(CAPACITY)
            .expireAfterWrite(REMEMBERED)
            .build();

    RecentlyVerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> claims) {
        this.verifier = verifier;
        this.claims = claims;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered == null) {
            return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        }
        OAuth2TokenValidatorResult result = claims.validate(remembered);
        if (result.hasErrors()) {
            verified.invalidate(token);
            return Mono.error(new JwtValidationException(
                    "The access token is no longer valid: "
                            + result.getErrors().iterator().next().getDescription(),
                    result.getErrors()));
        }
        return Mono.just(remembered);
    }
}
