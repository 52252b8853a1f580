package com.ticketorleaveit.gateway.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where a purchase's trace begins (ADR 28). The gateway decides whether a trace is recorded, and the services follow
 * its decision: nothing is recorded without an OTLP endpoint ({@code management.otlp.tracing.endpoint}); with one, a
 * share of the traces ({@code management.tracing.sampling.probability}, default 0.1) chosen by trace id. A client may
 * send its own {@code traceparent} (its trace id then names the purchase's trace), but not its sampling flag: the
 * gateway's share applies to clients' traces too, so no client makes every request of its own recorded.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    static final String ENDPOINT = "management.otlp.tracing.endpoint";
    static final String PROBABILITY = "management.tracing.sampling.probability";
    static final double DEFAULT_PROBABILITY = 0.1;

    @Bean
    Sampler otelSampler(Environment environment) {
        return sampler(
                StringUtils.hasText(environment.getProperty(ENDPOINT)),
                environment.getProperty(PROBABILITY, Double.class, DEFAULT_PROBABILITY));
    }

    static Sampler sampler(boolean exporting, double probability) {
        if (!exporting) {
            return Sampler.alwaysOff();
        }
        Sampler share = Sampler.traceIdRatioBased(probability);
        return Sampler.parentBasedBuilder(share)
                .setRemoteParentSampled(share)
                .setRemoteParentNotSampled(share)
                .build();
    }
}
