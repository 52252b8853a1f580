package com.ticketorleaveit.platform.internalauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ticketorleaveit.platform.security.SecurityConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * A servlet deployable's filter chains on a real port, called as the command bus calls another member: signed calls to
 * internal paths are taken, with their body intact; anything else on a path that is not public is answered 401.
 */
@SpringBootTest(
        classes = InternalCallsTest.Deployable.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ticketing.platform.internal-auth.secret=" + InternalCallsTest.SECRET)
class InternalCallsTest {

    static final String SECRET = "the-cluster-secret-of-at-least-32-bytes";
    private static final String CONNECTOR = "/spring-command-bus-connector/command";
    private static final String GRANT_ROLE = "{\"payloadType\":\"com.ticketorleaveit.users.api.GrantRole\"}";
    private static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void takesASignedCommandWithItsBodyIntact() {
        var answer = post(aMember(SECRET, Clock.systemUTC()), CONNECTOR, GRANT_ROLE);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("handled " + GRANT_ROLE);
    }

    @Test
    void takesASignedMembershipQuery() {
        var answer = get(aMember(SECRET, Clock.systemUTC()), "/member-capabilities");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("capabilities");
    }

    @Test
    void answersAnUnsignedCommand401() {
        assertUnauthenticated(post(anOutsider(), CONNECTOR, GRANT_ROLE));
        assertUnauthenticated(get(anOutsider(), "/member-capabilities"));
    }

    @Test
    void answersACommandSignedWithAnotherSecret401() {
        assertUnauthenticated(
                post(aMember("a-guessed-secret-that-is-long-enough-too", Clock.systemUTC()), CONNECTOR, GRANT_ROLE));
    }

    @Test
    void answersACommandSignedTooLongAgo401() {
        var aMinuteAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(1)), ZoneOffset.UTC);

        assertUnauthenticated(post(aMember(SECRET, aMinuteAgo), CONNECTOR, GRANT_ROLE));
    }

    @Test
    void answersACommandChangedAfterSigning401() {
        var client = aMember(SECRET, Clock.systemUTC());
        List<ClientHttpRequestInterceptor> interceptors = new java.util.ArrayList<>(client.getInterceptors());
        interceptors.add((request, body, execution) -> execution.execute(
                request, GRANT_ROLE.replace("GrantRole", "ConfirmOrder").getBytes(StandardCharsets.UTF_8)));
        client.setInterceptors(interceptors);

        assertUnauthenticated(post(client, CONNECTOR, GRANT_ROLE));
    }

    @Test
    void deniesUnsignedCallsToPathsNobodyDeclaredPublic() {
        assertUnauthenticated(get(anOutsider(), "/somewhere-else"));
        assertThat(get(aMember(SECRET, Clock.systemUTC()), "/somewhere-else")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void leavesTheApiToItsOwnRules() {
        var answer = get(anOutsider(), "/api/v1/ping");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("pong");
    }

    @Test
    void leavesThePublicKeysOfTokensToEveryone() {
        var answer = get(anOutsider(), "/.well-known/jwks.json");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("{\"keys\":[]}");
    }

    private static void assertUnauthenticated(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as("%s", answer).isEqualTo(401);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem;
        try {
            problem = json.readTree(answer.getBody());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer.getBody(), e);
        }
        assertThat(problem.path("code").asText()).isEqualTo("INTERNAL_CALL_UNAUTHENTICATED");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
    }

    private ResponseEntity<String> post(RestTemplate client, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(url(path), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> get(RestTemplate client, String path) {
        return client.exchange(url(path), HttpMethod.GET, null, String.class);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static RestTemplate aMember(String secret, Clock clock) {
        var client = anOutsider();
        client.setInterceptors(List.of(new SigningInterceptor(
                new InternalCallSignature(secret.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30)), clock)));
        return client;
    }

    private static RestTemplate anOutsider() {
        // the JDK's client, as the command bus's (HttpURLConnection hides the body of a 401 answer to a POST)
        var client = new RestTemplate(new JdkClientHttpRequestFactory());
        client.setErrorHandler(new ResponseErrorHandler() {
            @Override
            public boolean hasError(ClientHttpResponse response) {
                return false;
            }
        });
        return client;
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class,
        SecurityConfiguration.class,
        InternalAuthConfiguration.class
    })
    @Import(Endpoints.class)
    static class Deployable {}

    /** Stand-ins for the command bus's endpoints, an unknown path and a public API endpoint. */
    @RestController
    static class Endpoints {

        /** Answers later, on another thread, as Axon's connector does. */
        @PostMapping(CONNECTOR)
        CompletableFuture<String> command(@RequestBody String body) {
            return CompletableFuture.supplyAsync(
                    () -> "handled " + body, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        }

        @GetMapping("/member-capabilities")
        String capabilities() {
            return "capabilities";
        }

        @GetMapping("/somewhere-else")
        String elsewhere() {
            return "elsewhere";
        }

        @GetMapping("/api/v1/ping")
        String ping() {
            return "pong";
        }

        @GetMapping("/.well-known/jwks.json")
        String keys() {
            return "{\"keys\":[]}";
        }
    }
}
