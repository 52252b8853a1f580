package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class RequestBodyLimitTest extends GatewayTestSupport {

    private static final int MEGABYTE = 1024 * 1024;

    @Test
    void aTenMegabyteBodyIsRefusedWith413BeforeItReachesABackend() {
        int before = COMMAND_SERVICES.receivedAt("POST", "/api/v1/users").size();

        client.post()
                .uri("/api/v1/users")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(10 * MEGABYTE))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("PAYLOAD_TOO_LARGE");

        assertThat(COMMAND_SERVICES.receivedAt("POST", "/api/v1/users")).hasSize(before);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() {
        // no Content-Length: the body arrives as a stream of 64 KB chunks, 3 MB in all
        Flux<DataBuffer> chunks =
                Flux.range(0, 48).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(filler(64 * 1024)));

        client.post()
                .uri("/api/v1/users")
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyUnderTheLimitGoesThrough() {
        client.post()
                .uri("/api/v1/users")
                .header("Authorization", bearer(aTokenForSomeone())) // a bucket of its own
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(MEGABYTE / 2))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private static byte[] json(int size) {
        byte[] body = filler(size);
        byte[] head = "{\"firstName\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private static byte[] filler(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        return body;
    }
}
