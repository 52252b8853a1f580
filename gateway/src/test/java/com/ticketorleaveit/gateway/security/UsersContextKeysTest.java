package com.ticketorleaveit.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ticketorleaveit.gateway.support.StubBackend;
import com.ticketorleaveit.gateway.support.TestTokens;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class UsersContextKeysTest {

    private static final String JWKS_PATH = "/.well-known/jwks.json";

    @Test
    void theGatewayStartsBeforeTheUsersContextAndFetchesItsKeysOnceItAnswers() {
        StubBackend commandServices = StubBackend.start("command-services");
        commandServices.answer("GET", JWKS_PATH, StubBackend.CannedAnswer.problem(503, "{\"status\":503}"));
        ReactiveJwtDecoder decoder = new SecurityConfiguration()
                .jwtDecoder(new GatewaySecurityProperties(
                        URI.create(commandServices.uri() + JWKS_PATH), "ticket-or-leave-it", "ticket-or-leave-it"));
        String token = TestTokens.aTokenFor("ada");

        // not a bad token (401) but one that cannot be checked yet (503)
        assertThatThrownBy(() -> decoder.decode(token).block())
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);

        commandServices.answer("GET", JWKS_PATH, StubBackend.CannedAnswer.json(200, TestTokens.publishedKeySet()));
        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("ada");
        assertThat(commandServices.receivedAt("GET", JWKS_PATH)).hasSize(2);
    }
}
