package com.ticketorleaveit.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class TokenFailuresTest {

    private final ObjectMapper objectMapper = new ObjectMapper();

    @Test
    void aTokenThatCouldNotBeCheckedIsA503TheCallerMayRetry() throws Exception {
        var response = new MockHttpServletResponse();

        SecurityConfiguration.tokenFailures(objectMapper)
                .onAuthenticationFailure(
                        new MockHttpServletRequest(),
                        response,
                        new AuthenticationServiceException("Couldn't retrieve remote JWK set"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
    }

    @Test
    void aWrongTokenIsA401() throws Exception {
        var response = new MockHttpServletResponse();

        SecurityConfiguration.tokenFailures(objectMapper)
                .onAuthenticationFailure(
                        new MockHttpServletRequest(), response, new InvalidBearerTokenException("bad signature"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.getContentAsString()).contains("\"code\":\"UNAUTHENTICATED\"");
    }
}
