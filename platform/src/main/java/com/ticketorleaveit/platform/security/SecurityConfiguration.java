package com.ticketorleaveit.platform.security;

import static com.ticketorleaveit.platform.web.ProblemResponses.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every service validates the access token itself (it does not trust identity headers). URL rules stay open, but for
 * the dead letters' re-drive (admins only); each endpoint states what it needs with method security, next to the code
 * it protects.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * Verifies with the public keys the users context publishes, fetched on first use (so this deployable may start
     * before command-services), cached, and fetched again for a key id it does not know yet (a rotated key); a token
     * that verified is remembered for a while ({@link RecentlyVerifiedTokens}). A
     * deployable that issues tokens brings its own decoder over its own keys.
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        if (properties.jwkSetUri() == null) {
            throw new IllegalStateException("ticketing.security.jwk-set-uri (TICKETING_JWK_SET_URI) is missing: set it"
                    + " to the users context's public keys, http://<command-services>/.well-known/jwks.json");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        properties.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        var claims = AccessTokenValidation.validator(properties);
        decoder.setJwtValidator(claims);
        return new RecentlyVerifiedTokens(decoder, claims);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(authorities);
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // URL rules stay open but for the operator's one write: re-driving dead letters takes an admin's token
                // (the counts are the metrics' and stay open, docs/operations.md)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/actuator/deadletters/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(tokenFailures(objectMapper));
                                return filter;
                            }
                        })
                        .authenticationEntryPoint((request, response, e) -> write(
                                response,
                                objectMapper,
                                problem(401, "UNAUTHENTICATED", "A valid access token is required.")))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, objectMapper, problem(403, "FORBIDDEN", "You may not do this."))))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> write(
                                response,
                                objectMapper,
                                problem(401, "UNAUTHENTICATED", "A valid access token is required.")))
                        .accessDeniedHandler((request, response, ex) ->
                                write(response, objectMapper, problem(403, "FORBIDDEN", "You may not do this."))))
                .build();
    }

    /**
     * A token that was wrong is 401; one that could not be checked at all (the users context's keys could not be
     * fetched) is 503 with {@code Retry-After}: the caller did nothing wrong and may ask again.
     */
    static AuthenticationFailureHandler tokenFailures(ObjectMapper objectMapper) {
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                response.setHeader("Retry-After", "1");
                write(
                        response,
                        objectMapper,
                        problem(
                                503,
                                "SERVICE_UNAVAILABLE",
                                "Access tokens cannot be checked right now; retry shortly."));
            } else {
                write(response, objectMapper, problem(401, "UNAUTHENTICATED", "A valid access token is required."));
            }
        };
    }

    private static void write(HttpServletResponse response, ObjectMapper objectMapper, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
