package com.ticketorleaveit.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class GatewaySecurityPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void refusesToStartWithoutWhereTheUsersContextPublishesItsKeys() {
        context.run(started -> assertThat(started)
                .getFailure()
                .rootCause()
                .hasMessageContaining("ticketing.security.jwk-set-uri is missing")
                .hasMessageContaining("TICKETING_JWK_SET_URI"));
    }

    @Test
    void startsWithTheKeySetAndTheProjectIssuerAndAudience() {
        context.withPropertyValues("ticketing.security.jwk-set-uri=http://127.0.0.1:8081/.well-known/jwks.json")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    GatewaySecurityProperties properties = started.getBean(GatewaySecurityProperties.class);
                    assertThat(properties.jwkSetUri()).hasPath("/.well-known/jwks.json");
                    assertThat(properties.issuer()).isEqualTo("ticket-or-leave-it");
                    assertThat(properties.audience()).isEqualTo("ticket-or-leave-it");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewaySecurityProperties.class)
    static class PropertiesOnly {}
}
