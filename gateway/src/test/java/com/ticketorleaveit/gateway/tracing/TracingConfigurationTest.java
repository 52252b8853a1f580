package com.ticketorleaveit.gateway.tracing;

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

class TracingConfigurationTest {

    /** Random part 1: under the bound of any ratio above zero. */
    private static final String LOW_TRACE_ID = "4bf92f3577b34da60000000000000001";
    /** Random part the largest: over the bound of any ratio below one. */
    private static final String HIGH_TRACE_ID = "4bf92f3577b34da67fffffffffffffff";

    @Test
    void recordsNothingWithoutAnEndpoint() {
        Sampler sampler = TracingConfiguration.sampler(false, 1.0);

        assertThat(decision(sampler, Context.root(), LOW_TRACE_ID)).isEqualTo(SamplingDecision.DROP);
    }

    @Test
    void aClientCannotHaveItsOwnTraceRecordedBySayingSo() {
        Sampler sampler = TracingConfiguration.sampler(true, 0.5);

        assertThat(decision(sampler, clientParent(HIGH_TRACE_ID, true), HIGH_TRACE_ID))
                .isEqualTo(SamplingDecision.DROP);
    }

    @Test
    void aClientsTraceIdIsKeptAtTheGatewaysShareWhateverItsFlagSays() {
        Sampler sampler = TracingConfiguration.sampler(true, 0.5);

        assertThat(decision(sampler, clientParent(LOW_TRACE_ID, false), LOW_TRACE_ID))
                .isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
        assertThat(decision(sampler, Context.root(), HIGH_TRACE_ID)).isEqualTo(SamplingDecision.DROP);
    }

    private static SamplingDecision decision(Sampler sampler, Context parent, String traceId) {
        return sampler.shouldSample(parent, traceId, "http post", SpanKind.SERVER, Attributes.empty(), List.of())
                .getDecision();
    }

    private static Context clientParent(String traceId, boolean sampled) {
        return Context.root()
                .with(Span.wrap(SpanContext.createFromRemoteParent(
                        traceId,
                        "00f067aa0ba902b7",
                        sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                        TraceState.getDefault())));
    }
}
