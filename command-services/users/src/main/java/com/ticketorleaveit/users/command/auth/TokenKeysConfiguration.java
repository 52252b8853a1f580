package com.ticketorleaveit.users.command.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.ticketorleaveit.platform.security.AccessTokenValidation;
import com.ticketorleaveit.platform.security.RecentlyVerifiedTokens;
import com.ticketorleaveit.platform.security.SecurityProperties;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The users context signs access tokens with its private keys; this deployable verifies them with the public halves
 * of the same keys, in memory, where every other deployable fetches them from {@code /.well-known/jwks.json}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenKeysConfiguration.TokenKeyProperties.class)
class TokenKeysConfiguration {

    @Bean
    TokenSigningKeys tokenSigningKeys(TokenKeyProperties properties) {
        return TokenSigningKeys.load(properties.tokenSigningKeys());
    }

    @Bean
    JwtEncoder jwtEncoder(TokenSigningKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
    }

    @Bean
    JwtDecoder jwtDecoder(TokenSigningKeys keys, SecurityProperties security) {
        return new RecentlyVerifiedTokens(verifierOf(keys, security), AccessTokenValidation.validator(security));
    }

    static JwtDecoder verifierOf(TokenSigningKeys keys, SecurityProperties security) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys.publicKeys())));
        // the claims are checked by Spring's validators below, as in every other deployable
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(AccessTokenValidation.validator(security));
        return decoder;
    }

    /**
     * @param tokenSigningKeys PKCS#8 PEM files with the RSA private keys that sign access tokens, the signing key first
     *     and keys being retired after it; from {@code TICKETING_TOKEN_SIGNING_KEYS}, never committed
     */
    @ConfigurationProperties("ticketing.users.command")
    record TokenKeyProperties(List<Resource> tokenSigningKeys) {

        TokenKeyProperties {
            tokenSigningKeys = tokenSigningKeys == null ? List.of() : List.copyOf(tokenSigningKeys);
        }
    }
}
