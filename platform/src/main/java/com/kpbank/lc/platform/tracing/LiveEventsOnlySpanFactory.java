package com.kpbank.lc.platform.tracing;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanAttributesProvider;
import org.axonframework.tracing.SpanFactory;

import java.util.function.Supplier;

/**
 * Traces what is done for live events, nothing of what is done for replayed ones. A replay re-reads history to
 * rebuild a read model: a span per replayed event would add spans, hours or months late, to the traces of
 * the user actions that published those events (or, once the processor's span is dropped, start a trace of its
 * own per handler invocation), send a tracing back end as many spans as there are events in the store, and
 * cost the replay about a tenth of its time. Events that arrive while a replay runs are live and traced as usual.
 * <p>
 * Every span Axon creates goes through this factory: one whose parent message, or whose current unit of work's
 * message, is a replayed event is not created.
 */
public final class LiveEventsOnlySpanFactory implements SpanFactory {

    private final SpanFactory delegate;

    public LiveEventsOnlySpanFactory(SpanFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Span createRootTrace(Supplier<String> operationNameSupplier) {
        return replaying(null) ? NoOpSpanFactory.NoOpSpan.INSTANCE : delegate.createRootTrace(operationNameSupplier);
    }

    @Override
    public Span createHandlerSpan(Supplier<String> operationNameSupplier, Message<?> parentMessage, boolean isChildTrace,
                                  Message<?>... linkedParents) {
        return replaying(parentMessage)
                ? NoOpSpanFactory.NoOpSpan.INSTANCE
                : delegate.createHandlerSpan(operationNameSupplier, parentMessage, isChildTrace, linkedParents);
    }

    @Override
    public Span createDispatchSpan(Supplier<String> operationNameSupplier, Message<?> parentMessage, Message<?>... linkedSiblings) {
        return replaying(parentMessage)
                ? NoOpSpanFactory.NoOpSpan.INSTANCE
                : delegate.createDispatchSpan(operationNameSupplier, parentMessage, linkedSiblings);
    }

    @Override
    public Span createInternalSpan(Supplier<String> operationNameSupplier) {
        return replaying(null) ? NoOpSpanFactory.NoOpSpan.INSTANCE : delegate.createInternalSpan(operationNameSupplier);
    }

    @Override
    public Span createInternalSpan(Supplier<String> operationNameSupplier, Message<?> message) {
        return replaying(message) ? NoOpSpanFactory.NoOpSpan.INSTANCE : delegate.createInternalSpan(operationNameSupplier, message);
    }

    @Override
    public void registerSpanAttributeProvider(SpanAttributesProvider provider) {
        delegate.registerSpanAttributeProvider(provider);
    }

    @Override
    public <M extends Message<?>> M propagateContext(M message) {
        return delegate.propagateContext(message);
    }

    private static boolean replaying(Message<?> message) {
        return (message != null && ReplayToken.isReplay(message))
                || CurrentUnitOfWork.map(unitOfWork -> ReplayToken.isReplay(unitOfWork.getMessage())).orElse(false);
    }
}
