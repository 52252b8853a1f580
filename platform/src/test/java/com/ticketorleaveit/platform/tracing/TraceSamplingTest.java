package com.ticketorleaveit.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TraceSamplingTest {

    /** A trace id whose random part is 1: under the bound of any ratio above zero. */
    private static final String LOW_TRACE_ID = "4bf92f3577b34da60000000000000001";
    /** A trace id whose random part is the largest: over the bound of any ratio below one. */
    private static final String HIGH_TRACE_ID = "4bf92f3577b34da67fffffffffffffff";

    @Test
    void recordsNothingWithoutAnEndpointEvenWhenTheCallerRecords() {
        Sampler sampler = TraceSampling.sampler(new MockEnvironment());

        assertThat(decision(sampler, Context.root(), LOW_TRACE_ID)).isEqualTo(SamplingDecision.DROP);
        assertThat(decision(sampler, remoteParent(LOW_TRACE_ID, true), LOW_TRACE_ID))
                .isEqualTo(SamplingDecision.DROP);
    }

    @Test
    void keepsTheConfiguredShareOfTheTracesItBeginsWhenExporting() {
        Sampler sampler = TraceSampling.sampler(new MockEnvironment()
                .withProperty(TraceSampling.ENDPOINT, "http://collector:4318/v1/traces")
                .withProperty(TraceSampling.PROBABILITY, "0.5"));

        assertThat(decision(sampler, Context.root(), LOW_TRACE_ID)).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
        assertThat(decision(sampler, Context.root(), HIGH_TRACE_ID)).isEqualTo(SamplingDecision.DROP);
    }

    @Test
    void followsItsCallersDecisionSoThatATraceIsWholeOrAbsent() {
        Sampler sampler = TraceSampling.sampler(new MockEnvironment()
                .withProperty(TraceSampling.ENDPOINT, "http://collector:4318/v1/traces")
                .withProperty(TraceSampling.PROBABILITY, "0.0"));

        assertThat(decision(sampler, remoteParent(HIGH_TRACE_ID, true), HIGH_TRACE_ID))
                .isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
        assertThat(decision(sampler, remoteParent(LOW_TRACE_ID, false), LOW_TRACE_ID))
                .isEqualTo(SamplingDecision.DROP);
    }

    static SamplingDecision decision(Sampler sampler, Context parent, String traceId) {
        return sampler.shouldSample(parent, traceId, "http post", SpanKind.SERVER, Attributes.empty(), List.of())
                .getDecision();
    }

    static Context remoteParent(String traceId, boolean sampled) {
        return Context.root()
                .with(Span.wrap(SpanContext.createFromRemoteParent(
                        traceId,
                        "00f067aa0ba902b7",
                        sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                        TraceState.getDefault())));
    }
}
