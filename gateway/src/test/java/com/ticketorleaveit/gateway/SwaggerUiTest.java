package com.ticketorleaveit.gateway;

import com.ticketorleaveit.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/** Swagger UI is for local runs only (LocalSwaggerUiTest): by default the gateway has none. */
class SwaggerUiTest extends GatewayTestSupport {

    @Test
    void hasNoSwaggerUiByDefault() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().isNotFound();
        client.get()
                .uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isNotFound();
    }
}
