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
    void refusesToStartWithoutTheSecret() {
        context.run(started -> assertThat(started)
                .getFailure()
                .rootCause()
                .hasMessageContaining("ticketing.security.jwt-secret is missing")
                .hasMessageContaining("TICKETING_JWT_SECRET"));
    }

    @Test
    void refusesToStartWithAnEmptySecret() {
        context.withPropertyValues("ticketing.security.jwt-secret=")
                .run(started ->
                        assertThat(started).getFailure().rootCause().hasMessageContaining("TICKETING_JWT_SECRET"));
    }

    @Test
    void refusesToStartWithASecretShorterThan32Bytes() {
        context.withPropertyValues("ticketing.security.jwt-secret=0123456789abcdef0123456789abcde")
                .run(started -> assertThat(started)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("too short")
                        .hasMessageContaining("32 bytes"));
    }

    @Test
    void startsWithA32ByteSecretAndTheProjectIssuer() {
        context.withPropertyValues("ticketing.security.jwt-secret=0123456789abcdef0123456789abcdef")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    GatewaySecurityProperties properties = started.getBean(GatewaySecurityProperties.class);
                    assertThat(properties.issuer()).isEqualTo("ticket-or-leave-it");
                    assertThat(properties.signingKey().getEncoded()).hasSize(32);
                    assertThat(properties.toString()).doesNotContain("0123456789abcdef");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewaySecurityProperties.class)
    static class PropertiesOnly {}
}
