package com.ticketorleaveit.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator watches on an Axon deployable (ADR 24): Axon's processor latency and command timings
 * ({@link AxonMonitors}, in place of Axon's own {@code MetricsConfigurerModule}), the events parked in dead-letter
 * queues per processing group, and the live sagas per type.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class, before = MicrometerMetricsAutoConfiguration.class)
public class MetricsConfiguration {

    @Bean
    AxonMonitors axonMonitors(ObjectProvider<MeterRegistry> registry) {
        return new AxonMonitors(registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    /** Once Axon has built its processors and sagas, which the gauges are per. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> axonGauges(
            ObjectProvider<MeterRegistry> registry,
            ObjectProvider<JdbcTemplate> jdbcTemplate,
            ObjectProvider<Configuration> axonConfiguration,
            ObjectProvider<SagaStore<?>> sagaStore) {
        return ready -> {
            JdbcTemplate jdbc = jdbcTemplate.getIfAvailable();
            Configuration axon = axonConfiguration.getIfAvailable();
            if (jdbc == null || axon == null) {
                return;
            }
            MeterRegistry meters = registry.getIfAvailable(() -> Metrics.globalRegistry);
            var processing = axon.eventProcessingConfiguration();
            ProjectionDeadLetters.bind(meters, jdbc, processing);
            if (sagaStore.getIfAvailable() != null
                    && !processing.sagaConfigurations().isEmpty()) {
                ActiveSagas.bind(meters, jdbc, processing.sagaConfigurations());
            }
        };
    }
}
