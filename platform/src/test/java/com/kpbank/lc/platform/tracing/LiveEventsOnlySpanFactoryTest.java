package com.kpbank.lc.platform.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What is done for a live event is traced; nothing of what is done for a replayed one. */
class LiveEventsOnlySpanFactoryTest {

    private static final GlobalSequenceTrackingToken RESET_AT = new GlobalSequenceTrackingToken(10);

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SpanFactory factory = new LiveEventsOnlySpanFactory(OpenTelemetrySpanFactory.builder()
            .tracer(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build().get("test"))
            .build());
    private final EventProcessorSpanFactory processor = DefaultEventProcessorSpanFactory.builder()
            .spanFactory(factory).distributedInSameTrace(true).build();

    @Test
    void the_processing_of_a_live_event_and_what_its_handler_does_are_traced() {
        handle(trackedAt(new GlobalSequenceTrackingToken(11)));

        assertThat(recorded()).containsExactlyInAnyOrder("StreamingEventProcessor.process(String)", "Projection.on(Event)",
                "QueryUpdateEmitter.emitQueryUpdateMessage(String)");
    }

    @Test
    void nothing_done_for_a_replayed_event_is_traced() {
        handle(trackedAt(ReplayToken.createReplayToken(RESET_AT, new GlobalSequenceTrackingToken(3))));

        assertThat(recorded()).isEmpty();
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

    private List<String> recorded() {
        return exported.getFinishedSpanItems().stream().map(SpanData::getName).toList();
    }
}
