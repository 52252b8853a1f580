package com.ticketorleaveit.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class ClientKeyResolverTest {

    private final ClientKeyResolver resolver = new ClientKeyResolver();

    private final MockServerHttpRequest fromAddress = MockServerHttpRequest.get("/api/v1/events")
            .remoteAddress(new InetSocketAddress("203.0.113.7", 54321))
            .build();

    @Test
    void identifiesAnAuthenticatedCallerByTheTokenSubject() {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "HS256")
                .subject("6f1c2b0e-6d7a-4c55-9a47-1f0f3f0b6f11")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(900))
                .build();
        MockServerWebExchange exchange = MockServerWebExchange.builder(fromAddress)
                .principal(new JwtAuthenticationToken(jwt))
                .build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("user:6f1c2b0e-6d7a-4c55-9a47-1f0f3f0b6f11");
    }

    @Test
    void identifiesAnAnonymousCallerByTheRemoteAddress() {
        MockServerWebExchange exchange = MockServerWebExchange.from(fromAddress);

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:203.0.113.7");
    }

    @Test
    void doesNotTakeAnAnonymousAuthenticationForAUser() {
        MockServerWebExchange exchange = MockServerWebExchange.builder(fromAddress)
                .principal(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))
                .build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:203.0.113.7");
    }
}
