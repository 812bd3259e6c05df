package com.kpbank.lc.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import org.axonframework.eventhandling.DefaultEventProcessorSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Event processors trace the events they handle live and none of those they replay. */
class LiveEventsOnlySpanFactoryTest {

    private static final GlobalSequenceTrackingToken RESET_AT = new GlobalSequenceTrackingToken(10);

    private final EventProcessorSpanFactory factory = new LiveEventsOnlySpanFactory(
            DefaultEventProcessorSpanFactory.builder()
                    .spanFactory(OpenTelemetrySpanFactory.builder().tracer(OpenTelemetry.noop().getTracer("test")).build())
                    .build());

    @Test
    void a_live_event_is_traced() {
        assertThat(factory.createProcessEventSpan(true, trackedAt(new GlobalSequenceTrackingToken(11))))
                .isNotSameAs(NoOpSpanFactory.NoOpSpan.INSTANCE);
    }

    @Test
    void a_replayed_event_is_not_traced() {
        Span span = factory.createProcessEventSpan(true, trackedAt(ReplayToken.createReplayToken(RESET_AT, new GlobalSequenceTrackingToken(3))));

        assertThat(span).isSameAs(NoOpSpanFactory.NoOpSpan.INSTANCE);
    }

    @Test
    void a_batch_is_traced_unless_every_event_in_it_is_replayed() {
        EventMessage<?> replayed = trackedAt(ReplayToken.createReplayToken(RESET_AT, new GlobalSequenceTrackingToken(3)));
        EventMessage<?> live = trackedAt(new GlobalSequenceTrackingToken(11));

        assertThat(factory.createBatchSpan(true, List.of(replayed, replayed))).isSameAs(NoOpSpanFactory.NoOpSpan.INSTANCE);
        assertThat(factory.createBatchSpan(true, List.of(replayed, live))).isNotSameAs(NoOpSpanFactory.NoOpSpan.INSTANCE);
    }

    private static EventMessage<?> trackedAt(TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("an event"));
    }
}
