package com.ticketorleaveit.platform.internalauth;

import static com.ticketorleaveit.platform.web.ProblemResponses.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: every path of a servlet deployable that is not public is internal, and takes only calls signed
 * with the cluster's secret ({@link InternalCallSignature}); anything else is answered 401. Public are the API (its
 * endpoints say with method security what callers they take), the public keys of the users context's tokens (ADR
 * 22), the actuator endpoints this deployable exposes, the API document and the error page. Internal today are the command bus's {@code /member-capabilities} and
 * {@code /spring-command-bus-connector/**}; a path added later outside the public ones is internal too. (ADR 21)
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(InternalAuthProperties.class)
public class InternalAuthConfiguration {

    /** What the public filter chain (method security on the API) handles; everything else is internal. */
    static final RequestMatcher PUBLIC = new OrRequestMatcher(
            path("/api/**"),
            path("/.well-known/jwks.json"),
            path("/actuator/**"),
            path("/v3/api-docs"),
            path("/v3/api-docs/**"),
            path("/v3/api-docs.yaml"),
            path("/swagger-ui.html"),
            path("/swagger-ui/**"),
            path("/error"));

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain internalCallsFilterChain(
            HttpSecurity http, InternalAuthProperties properties, ObjectMapper objectMapper) throws Exception {
        var filter = new InternalCallAuthenticationFilter(
                properties.hasSecret() ? properties.signature() : null,
                properties.maxBody().toBytes(),
                Clock.systemUTC());
        var unauthenticated = problem(
                401, "INTERNAL_CALL_UNAUTHENTICATED", "Only calls signed with the cluster's secret are taken here.");
        return http.securityMatcher(new NegatedRequestMatcher(PUBLIC))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(filter, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(
                        requests -> requests.anyRequest().hasAuthority(InternalCallAuthenticationFilter.CLUSTER_MEMBER))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    response.setStatus(401);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setHeader("WWW-Authenticate", InternalCallSignature.SIGNATURE_HEADER);
                    objectMapper.writeValue(response.getOutputStream(), unauthenticated);
                }))
                .build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
