package com.ticketorleaveit.gateway.security;

import static com.ticketorleaveit.gateway.problem.Problems.problem;

import com.ticketorleaveit.gateway.problem.ProblemWriter;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway only authenticates: a few endpoints are public, everything else under {@code /api} needs a valid access
 * token, and role checks stay with the services, which verify the token again. Paths outside {@code /api} are left
 * open because nothing routes them: they end as 404 (or are the gateway's own actuator endpoints).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewaySecurityProperties.class)
class SecurityConfiguration {

    private static final Duration KEYS_RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * Verifies with the users context's public keys, fetched on first use (the gateway may start before
     * command-services; a failed fetch is tried again by the next request), kept, and fetched again when a token names
     * a key not seen yet (a rotated key). A token that verified is remembered for a while.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(
                        properties.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        var claims = new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(),
                // the timestamp validator lets a token without exp through: ours always carry one
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, Objects::nonNull));
        decoder.setJwtValidator(claims);
        // Nimbus reports keys it could not fetch as an IllegalStateException, which would end as a 500: as a
        // JwtException it becomes an authentication service failure, answered 503 below
        ReactiveJwtDecoder verifier = token -> decoder.decode(token)
                .onErrorMap(
                        IllegalStateException.class,
                        e -> new JwtException("The users context's keys could not be fetched", e));
        return new RecentlyVerifiedTokens(verifier, claims);
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter problems) {
        ServerAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint(problems);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(
                                HttpMethod.POST,
                                "/api/v1/users",
                                "/api/v1/auth/token",
                                "/api/v1/auth/refresh",
                                "/api/v1/auth/logout")
                        .permitAll()
                        // payment providers sign their messages instead (checked by command-services)
                        .pathMatchers(HttpMethod.POST, "/api/v1/payments/webhooks/*")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/*")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/vendors", "/api/v1/vendors/*")
                        .permitAll()
                        // deny by default: a route added later is private until listed above
                        .pathMatchers("/api/**")
                        .authenticated()
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .authenticationFailureHandler(unverifiable(unauthenticated, problems)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated))
                .build();
    }

    /**
     * A token that could not be checked at all (the users context's keys could not be fetched) is 503 with
     * {@code Retry-After}, not 401: the client's token may well be good. Every other failure is the 401 of the entry
     * point.
     */
    private static ServerAuthenticationFailureHandler unverifiable(
            ServerAuthenticationEntryPoint unauthenticated, ProblemWriter problems) {
        return (filterExchange, e) -> {
            if (!(e instanceof AuthenticationServiceException)) {
                return unauthenticated.commence(filterExchange.getExchange(), e);
            }
            var response = filterExchange.getExchange().getResponse();
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(KEYS_RETRY_AFTER.toSeconds()));
            return problems.write(
                    response,
                    problem(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "SERVICE_UNAVAILABLE",
                            "Access tokens cannot be verified right now; try again in a moment."));
        };
    }

    /** Spring Security's firewall rejects paths such as {@code /api/v1/payments/../../member-capabilities}. */
    @Bean
    ServerExchangeRejectedHandler rejectedExchangeHandler(ProblemWriter problems) {
        return (exchange, rejection) -> problems.write(
                exchange.getResponse(),
                problem(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "The request path is not acceptable."));
    }
}
