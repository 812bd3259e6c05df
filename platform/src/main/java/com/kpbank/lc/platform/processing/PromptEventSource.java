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
 * (Axon 4.12: {@code EmbeddedEventStore}'s streams keep {@code BlockingStream}'s default
 * {@code setOnAvailableCallback} answer, {@code false}, and the pooled processor's {@code Coordinator} then
 * schedules its next look in 500 ms; told that its stream calls back, it looks again only after its claim
 * interval, 5 s.) This source answers for such streams: one watcher tails the store at its head, blocking until
 * the store has fetched new events, and then calls back every stream open on it. Streams that call back on
 * their own (Axon Server's) are left to do so, and the watcher never starts.
 * <p>
 * The watcher also calls every stream back when it starts and after each {@code fallback} without news, so a
 * processor never waits longer than it did when it looked on its own: when the watcher reads an event from the
 * database before the store's cache of recent events holds it (its stream starts past events committed just
 * before; the store's tokens with gaps keep it off the cache), the processor it wakes may find nothing yet and
 * finds the event at the next call. A callback that fails (its processor shutting down) does not stop the others.
 */
public final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, Lifecycle {

    /** How often the watcher calls the streams back without news: the processors' own interval without a callback. */
    private static final Duration FALLBACK = Duration.ofMillis(500);

    private static final Logger logger = LoggerFactory.getLogger(PromptEventSource.class);

    private final EventStore store;
    private final Duration fallback;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private Thread watcher;
    private volatile boolean stopped;

    public PromptEventSource(EventStore store) {
        this(store, FALLBACK);
    }

    PromptEventSource(EventStore store, Duration fallback) {
        this.store = store;
        this.fallback = fallback;
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
        // with the processors, before the event store closes its own streams
        lifecycle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, this::stop);
    }

    /**
     * Stops the watcher: it ends at its next call-back, within {@code fallback}. It is not interrupted, which
     * could leave a database read of the store half done (H2 closes its file on an interrupted read).
     */
    synchronized void stop() {
        stopped = true;
    }

    private synchronized void announce(Runnable callback) {
        callbacks.add(callback);
        if (watcher == null) {
            startWatcher(false);
        }
    }

    private synchronized void startWatcher(boolean afterFailure) {
        if (stopped) {
            return;
        }
        watcher = new Thread(() -> watch(afterFailure), "lc-event-store-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** A watcher that failed is replaced, ten {@code fallback}s later: the streams it served ask for no other. */
    private synchronized void watcherEnded(boolean failed) {
        watcher = null;
        if (failed && !callbacks.isEmpty()) {
            startWatcher(true);
        }
    }

    private void watch(boolean afterFailure) {
        boolean failed = false;
        try {
            if (afterFailure) {
                TimeUnit.MILLISECONDS.sleep(10 * fallback.toMillis());
            }
            watchFromHead();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            failed = true;
            logger.warn("Watching the event store for new events failed; watching again in {}", fallback.multipliedBy(10), failure);
        } finally {
            watcherEnded(failed);
        }
    }

    private void watchFromHead() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> head = store.openStream(store.createHeadToken())) {
            callBack();
            while (!stopped) {
                if (head.hasNextAvailable((int) fallback.toMillis(), TimeUnit.MILLISECONDS)) {
                    while (head.hasNextAvailable()) {
                        head.nextAvailable();
                    }
                }
                callBack();
            }
        }
    }

    private void callBack() {
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            } catch (RuntimeException failure) {
                logger.debug("An event processor could not be woken", failure);
            }
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
            if (this.callback != null) {
                callbacks.remove(this.callback);
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
