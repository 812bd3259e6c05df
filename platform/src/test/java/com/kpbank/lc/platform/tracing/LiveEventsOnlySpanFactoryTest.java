package com.kpbank.lc.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.axonframework.eventhandling.DefaultEventProcessorSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryUpdateMessage;
import org.axonframework.tracing.SpanFactory;
import org.axonframework.tracing.opentelemetry.OpenTelemetrySpanFactory;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** What is done for a live event is traced; nothing of what is done for a replayed one. */
class LiveEventsOnlySpanFactoryTest {

    private static final GlobalSequenceTrackingToken RESET_AT = new GlobalSequenceTrackingToken(10);

    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private final SpanFactory factory = new LiveEventsOnlySpanFactory(OpenTelemetrySpanFactory.builder()
            .tracer(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(new Recording())).build().get("test"))
            .build());
    private final EventProcessorSpanFactory processor = DefaultEventProcessorSpanFactory.builder()
            .spanFactory(factory).distributedInSameTrace(true).build();

    @Test
    void the_processing_of_a_live_event_and_what_its_handler_does_are_traced() {
        handle(trackedAt(new GlobalSequenceTrackingToken(11)));

        assertThat(recorded).containsExactlyInAnyOrder("StreamingEventProcessor.process(String)", "Projection.on(Event)",
                "QueryUpdateEmitter.emitQueryUpdateMessage(String)");
    }

    @Test
    void nothing_done_for_a_replayed_event_is_traced() {
        handle(trackedAt(ReplayToken.createReplayToken(RESET_AT, new GlobalSequenceTrackingToken(3))));

        assertThat(recorded).isEmpty();
    }

    /** What a projection's processor does with an event: its span, the handler invocation's, a query update's. */
    private void handle(EventMessage<?> event) {
        processor.createProcessEventSpan(true, event).run(() -> {
            DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
            factory.createInternalSpan(() -> "Projection.on(Event)").run(() -> factory
                    .createDispatchSpan(() -> "QueryUpdateEmitter.emitQueryUpdateMessage", new GenericSubscriptionQueryUpdateMessage<>("view"))
                    .run(() -> {
                    }));
            unitOfWork.commit();
        });
    }

    private static EventMessage<?> trackedAt(TrackingToken token) {
        return new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage("an event"));
    }

    private final class Recording implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            spans.forEach(span -> recorded.add(span.getName()));
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
