package com.kpbank.lc.platform.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caught-up stream of the embedded event store is called back when events arrive, and finds them ({@link PromptEventSource}).
 * The watcher's calls without news are set far beyond each test's wait, so that the calls a test sees are those
 * of the watcher's start and of the events.
 */
class PromptEventSourceTest {

    private static final long WAIT_SECONDS = 10;

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final PromptEventSource source = new PromptEventSource(store, Duration.ofHours(1));

    @AfterEach
    void shutDown() {
        source.stop();
        store.shutDown();
    }

    @Test
    void the_embedded_event_store_cannot_call_a_stream_back_on_its_own() {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(() -> { })).isFalse();
        }
    }

    @Test
    void a_caught_up_stream_is_called_back_when_an_event_arrives_and_then_reads_it_at_once() throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("before"));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("before");
            Semaphore calledBack = new Semaphore(0);
            assertThat(stream.setOnAvailableCallback(calledBack::release)).isTrue();
            assertThat(calledBack.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)).as("the watcher's first call, at its start").isTrue();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(GenericEventMessage.asEventMessage("arrived"));

            assertThat(calledBackWithAnEventToRead(stream, calledBack)).as("called back, and the event readable without waiting").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("arrived");
        }
    }

    @Test
    void a_closed_stream_is_not_called_back() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> open = source.openStream(null)) {
            Semaphore openOnesCallback = new Semaphore(0);
            open.setOnAvailableCallback(openOnesCallback::release);
            // once the open stream hears of an event, the watcher's first round of calls is over
            store.publish(GenericEventMessage.asEventMessage("zero"));
            assertThat(calledBackWithAnEventToRead(open, openOnesCallback)).isTrue();
            open.nextAvailable();
            AtomicInteger closedOnesCallbacks = new AtomicInteger();
            BlockingStream<TrackedEventMessage<?>> closed = source.openStream(null);
            closed.setOnAvailableCallback(closedOnesCallbacks::incrementAndGet);
            closed.close();

            store.publish(GenericEventMessage.asEventMessage("first"));
            assertThat(calledBackWithAnEventToRead(open, openOnesCallback)).isTrue();
            open.nextAvailable();
            // the watcher calls the streams back one round at a time: once the open one hears of the second
            // event, every call for the first has been made
            store.publish(GenericEventMessage.asEventMessage("second"));
            assertThat(calledBackWithAnEventToRead(open, openOnesCallback)).isTrue();

            assertThat(closedOnesCallbacks).hasValue(0);
        }
    }

    @Test
    void a_stream_whose_processor_cannot_be_woken_does_not_keep_the_others_asleep() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> failing = source.openStream(null);
             BlockingStream<TrackedEventMessage<?>> healthy = source.openStream(null)) {
            failing.setOnAvailableCallback(() -> {
                throw new IllegalStateException("its processor is shutting down");
            });
            Semaphore healthyOnesCallback = new Semaphore(0);
            healthy.setOnAvailableCallback(healthyOnesCallback::release);

            store.publish(GenericEventMessage.asEventMessage("first"));
            assertThat(calledBackWithAnEventToRead(healthy, healthyOnesCallback)).isTrue();
            healthy.nextAvailable();
            store.publish(GenericEventMessage.asEventMessage("second"));

            assertThat(calledBackWithAnEventToRead(healthy, healthyOnesCallback)).as("still watched after the failing call").isTrue();
        }
    }

    /** Whether the stream is called back, within the wait, at a moment its next event can be read without waiting. */
    private static boolean calledBackWithAnEventToRead(BlockingStream<TrackedEventMessage<?>> stream, Semaphore calledBack) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (calledBack.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            if (stream.hasNextAvailable()) {
                return true;
            }
        }
        return false;
    }
}
