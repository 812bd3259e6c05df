package com.kpbank.lc.platform.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Nonnull;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The event store as the source of the event processors' streams, each of which says when new events arrive.
 * <p>
 * A pooled streaming processor that has caught up asks its stream to call it back when events arrive; a
 * stream that cannot (the embedded event store's) leaves it to look again every 500 ms, so every event waited
 * 250 ms on average before any projection or saga saw it, and an action as long before its read model showed it.
 * This source answers for such streams: one watcher tails the store at its head, blocking until the store has
 * fetched new events, and then calls back every stream open on it. Streams that call back on their own
 * (Axon Server's) are left to do so. (Axon 4.12: {@code EmbeddedEventStore}'s streams keep {@code BlockingStream}'s
 * default {@code setOnAvailableCallback} answer, {@code false}, and the pooled processor's {@code Coordinator} then
 * schedules its next look in 500 ms.)
 * <p>
 * A stream's callback runs after the events it announces are in the store's cache of recent events, which is
 * where a caught-up stream reads them: the processor it wakes finds them. A callback may also run with nothing
 * new (once, when the watcher starts): the processor then looks, finds nothing and waits again.
 */
public final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, Lifecycle {

    private static final Logger logger = LoggerFactory.getLogger(PromptEventSource.class);
    private static final int WATCH_WAIT_MILLIS = 1000;

    private final EventStore store;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private Thread watcher;
    private volatile boolean stopped;

    public PromptEventSource(EventStore store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new AnnouncedStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    @Override
    public void registerLifecycleHandlers(@Nonnull LifecycleRegistry lifecycle) {
        // before the event store closes its own streams
        lifecycle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, this::stop);
    }

    private synchronized void announce(Runnable callback) {
        callbacks.add(callback);
        if (watcher == null && !stopped) {
            watcher = new Thread(this::watch, "lc-event-store-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private synchronized void stop() {
        stopped = true;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    private void watch() {
        try (BlockingStream<TrackedEventMessage<?>> head = store.openStream(store.createHeadToken())) {
            // what arrived between a processor's last look and this stream's head is not announced by it
            callbacks.forEach(Runnable::run);
            while (!stopped) {
                if (head.hasNextAvailable(WATCH_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    while (head.hasNextAvailable()) {
                        head.nextAvailable();
                    }
                    callbacks.forEach(Runnable::run);
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            // the processors fall back on looking again every 500 ms
            logger.warn("Stopped watching the event store for new events; event processors poll it instead", failure);
        }
    }

    /** One processor's stream, which calls the processor back through the watcher if it cannot itself. */
    private final class AnnouncedStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private Runnable callback;

        private AnnouncedStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (delegate.setOnAvailableCallback(callback)) {
                return true;
            }
            this.callback = callback;
            announce(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return delegate.asStream();
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            delegate.close();
        }
    }
}
