package com.ticketorleaveit.platform.commandbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.ticketorleaveit.platform.internalauth.SigningInterceptor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.extensions.springcloud.commandhandling.mode.CapabilityDiscoveryMode;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.web.client.RestTemplate;

/** A command bus member signs what it sends, and does not start without the cluster's secret to sign with. */
class CommandBusConfigurationTest {

    private final ApplicationContextRunner member = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(RestTemplateAutoConfiguration.class, CommandBusConfiguration.class))
            .withBean(DiscoveryClient.class, () -> mock(DiscoveryClient.class))
            .withBean(CommandBus.class, () -> mock(CommandBus.class))
            .withBean(RoutingStrategy.class, () -> mock(RoutingStrategy.class))
            .withBean(CapabilityDiscoveryMode.class, () -> mock(CapabilityDiscoveryMode.class))
            .withBean(Serializer.class, () -> mock(Serializer.class))
            .withPropertyValues(
                    "axon.distributed.enabled=true",
                    "ticketing.platform.command-bus.service-id=command-services",
                    "ticketing.platform.command-bus.advertised-uri=http://127.0.0.1:8081");

    @Test
    void signsEveryCallItSends() {
        member.withPropertyValues("ticketing.platform.internal-auth.secret=the-cluster-secret-of-at-least-32-bytes")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(RestTemplate.class).getInterceptors())
                            .hasExactlyElementsOfTypes(SigningInterceptor.class);
                });
    }

    @Test
    void refusesToStartWithoutTheClusterSecret() {
        member.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("TICKETING_INTERNAL_AUTH_SECRET")
                    .hasMessageContaining("must be set");
        });
    }

    @Test
    void refusesToStartWithAShortSecret() {
        member.withPropertyValues("ticketing.platform.internal-auth.secret=too-short")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("TICKETING_INTERNAL_AUTH_SECRET")
                            .hasMessageContaining("shorter than 32 bytes");
                });
    }
}
