package com.ticketorleaveit.gateway;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** In a local run (TICKETING_SWAGGER_UI=true) the gateway serves Swagger UI over each service's document. */
@TestPropertySource(properties = "TICKETING_SWAGGER_UI=true")
class LocalSwaggerUiTest extends GatewayTestSupport {

    @Test
    void servesSwaggerUiOverEachServicesDocument() {
        client.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[0].url")
                .isEqualTo("/v3/api-docs/command-services")
                .jsonPath("$.urls[1].url")
                .isEqualTo("/v3/api-docs/query-services");
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        // springdoc's own endpoints are on too, and the services' documents are still theirs
        client.get()
                .uri("/v3/api-docs/query-services")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.servedBy")
                .isEqualTo("query-services");
        client.get()
                .uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk();
    }
}
