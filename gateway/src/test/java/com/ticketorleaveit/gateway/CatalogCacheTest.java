package com.ticketorleaveit.gateway;

import static com.ticketorleaveit.gateway.support.TestTokens.aTokenForSomeone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The public catalog is answered from the gateway's memory for a moment; nobody's own data ever is. */
class CatalogCacheTest extends GatewayTestSupport {

    @Test
    void readersOfTheSameEventWithinASecondShareAnAnswer() {
        String path = "/api/v1/events/" + UUID.randomUUID();

        for (int reader = 0; reader < 10; reader++) {
            client.get().uri(path).exchange().expectStatus().isOk();
        }

        // an answer is stored once it has been sent, so a reader right behind the first may still be forwarded; on
        // a slow machine the one-second entry may expire once during the ten reads
        assertThat(QUERY_SERVICES.receivedAt(path)).hasSizeBetween(1, 3);
    }

    @Test
    void aCallersOwnOrderIsAlwaysAskedFor() {
        String path = "/api/v1/orders/" + UUID.randomUUID();
        String token = aTokenForSomeone();

        for (int read = 0; read < 2; read++) {
            client.get()
                    .uri(path)
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        assertThat(QUERY_SERVICES.receivedAt(path)).hasSize(2);
    }

    @Test
    void aCallersOwnOrderListIsAlwaysAskedFor() {
        String path = "/api/v1/orders";
        String token = aTokenForSomeone();
        int before = QUERY_SERVICES.receivedAt("GET", path).size();

        for (int read = 0; read < 2; read++) {
            client.get()
                    .uri(path + "?status=CONFIRMED")
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        assertThat(QUERY_SERVICES.receivedAt("GET", path)).hasSize(before + 2);
    }
}
