package com.ticketorleaveit.platform.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which traces are recorded (ADR 28). Without an OTLP endpoint nothing is: spans still carry trace and span ids from
 * process to process and into the logs, but none is recorded, timed or kept. With one, a trace begun here is recorded
 * with {@code management.tracing.sampling.probability} (default 0.1), and a trace begun elsewhere as its caller
 * decided, so one purchase's trace is either whole or absent.
 */
public final class TraceSampling {

    static final String ENDPOINT = "management.otlp.tracing.endpoint";
    static final String PROBABILITY = "management.tracing.sampling.probability";
    static final double DEFAULT_PROBABILITY = 0.1;

    private TraceSampling() {}

    public static Sampler sampler(Environment environment) {
        return sampler(
                StringUtils.hasText(environment.getProperty(ENDPOINT)),
                environment.getProperty(PROBABILITY, Double.class, DEFAULT_PROBABILITY));
    }

    static Sampler sampler(boolean exporting, double probability) {
        return exporting ? Sampler.parentBased(Sampler.traceIdRatioBased(probability)) : Sampler.alwaysOff();
    }
}
