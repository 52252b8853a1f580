package com.ticketorleaveit.commandservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * What a command-services replica's readiness, and the health group the gateway asks before it sends the replica calls
 * (ADR 29), depend on, as its own application.yml says. Health indicators stand in for the database, the broker and the
 * command bus ring.
 */
class ReadinessTest {

    private final ApplicationContextRunner replica = new ApplicationContextRunner()
            .withInitializer(context -> {
                try {
                    new YamlPropertySourceLoader()
                            .load("application.yml", new ClassPathResource("application.yml"))
                            .forEach(context.getEnvironment().getPropertySources()::addLast);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })
            .withConfiguration(AutoConfigurations.of(
                    ApplicationAvailabilityAutoConfiguration.class,
                    AvailabilityHealthContributorAutoConfiguration.class,
                    AvailabilityProbesAutoConfiguration.class,
                    HealthContributorAutoConfiguration.class,
                    HealthEndpointAutoConfiguration.class))
            .withBean(
                    "commandBusMembership",
                    HealthIndicator.class,
                    () -> () -> Health.up().build());

    @Test
    void staysReadyWhileTheBrokerIsDown() {
        replicaWhere(Status.UP, Status.DOWN).run(context -> {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

            assertThat(status(context, "readiness")).isEqualTo(Status.UP);
            assertThat(status(context, "gateway")).isEqualTo(Status.UP);
        });
    }

    @Test
    void isNotReadyWhileTheDatabaseIsDownButStillTakesTheGatewaysCallsToAnswerThem() {
        replicaWhere(Status.DOWN, Status.UP).run(context -> {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

            assertThat(status(context, "readiness")).isEqualTo(Status.DOWN);
            // a replica waiting for a busy connection pool is not dropped by the gateway; in an outage it
            // answers 503 problem+json itself
            assertThat(status(context, "gateway")).isEqualTo(Status.UP);
        });
    }

    @Test
    void takesNoCallsFromTheGatewayWhileItIsOutsideTheRing() {
        replicaWhere(Status.UP, Status.UP)
                .withBean(
                        "commandBusMembership",
                        HealthIndicator.class,
                        () -> () -> Health.outOfService().build())
                .withAllowBeanDefinitionOverriding(true)
                .run(context -> {
                    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

                    assertThat(status(context, "gateway")).isEqualTo(Status.OUT_OF_SERVICE);
                });
    }

    @Test
    void takesNoCallsFromTheGatewayWhileShuttingDown() {
        replicaWhere(Status.UP, Status.UP).run(context -> {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

            assertThat(status(context, "gateway")).isEqualTo(Status.OUT_OF_SERVICE);
        });
    }

    /** A replica whose database and broker answer as given. */
    private ApplicationContextRunner replicaWhere(Status database, Status broker) {
        return replica.withBean(
                        "dbHealthIndicator",
                        HealthIndicator.class,
                        () -> () -> Health.status(database).build())
                .withBean(
                        "rabbitHealthIndicator",
                        HealthIndicator.class,
                        () -> () -> Health.status(broker).build());
    }

    private static Status status(ApplicationContext context, String group) {
        return context.getBean(HealthEndpoint.class).healthForPath(group).getStatus();
    }
}
