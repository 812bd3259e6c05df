package com.kpbank.lc.platform.tracing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.Span;

import java.util.List;

/**
 * Traces what event processors do with live events, not with replayed ones. A replay re-reads history to
 * rebuild a read model: a span per replayed event would add spans, hours or months late, to the traces of
 * the user actions that published those events, send a tracing back end as many spans as there are events in
 * the store, and cost the replay about a tenth of its time. Events that arrive while a replay runs are live
 * and traced as usual.
 */
public final class LiveEventsOnlySpanFactory implements EventProcessorSpanFactory {

    private final EventProcessorSpanFactory delegate;

    public LiveEventsOnlySpanFactory(EventProcessorSpanFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Span createBatchSpan(boolean isStreaming, List<? extends EventMessage<?>> batch) {
        return !batch.isEmpty() && batch.stream().allMatch(ReplayToken::isReplay)
                ? NoOpSpanFactory.NoOpSpan.INSTANCE
                : delegate.createBatchSpan(isStreaming, batch);
    }

    @Override
    public Span createProcessEventSpan(boolean isStreaming, EventMessage<?> event) {
        return ReplayToken.isReplay(event) ? NoOpSpanFactory.NoOpSpan.INSTANCE : delegate.createProcessEventSpan(isStreaming, event);
    }
}
