package com.kpbank.lc.platform.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A caught-up stream of the embedded event store is called back when events arrive, and finds them ({@link PromptEventSource}). */
class PromptEventSourceTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final PromptEventSource source = new PromptEventSource(store);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void the_embedded_event_store_cannot_call_a_stream_back_on_its_own() {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(() -> { })).isFalse();
        }
    }

    @Test
    void a_caught_up_stream_is_called_back_when_an_event_arrives_and_reads_it_at_once() throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("before"));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("before");
            CountDownLatch called = new CountDownLatch(1);
            assertThat(stream.setOnAvailableCallback(called::countDown)).isTrue();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(GenericEventMessage.asEventMessage("arrived"));

            assertThat(called.await(10, TimeUnit.SECONDS)).as("called back").isTrue();
            assertThat(stream.hasNextAvailable()).as("the announced event can be read without waiting").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("arrived");
        }
    }

    @Test
    void a_closed_stream_is_not_called_back() throws InterruptedException {
        CountDownLatch closedOnesCallback = new CountDownLatch(1);
        CountDownLatch openOnesCallback = new CountDownLatch(1);
        BlockingStream<TrackedEventMessage<?>> closed = source.openStream(null);
        closed.setOnAvailableCallback(closedOnesCallback::countDown);
        closed.close();
        try (BlockingStream<TrackedEventMessage<?>> open = source.openStream(null)) {
            open.setOnAvailableCallback(openOnesCallback::countDown);

            store.publish(GenericEventMessage.asEventMessage("arrived"));

            assertThat(openOnesCallback.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(closedOnesCallback.getCount()).isOne();
        }
    }
}
