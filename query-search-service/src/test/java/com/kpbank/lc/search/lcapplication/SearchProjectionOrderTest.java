package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.platform.projection.RefusedWrites;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.search.index.SearchReadModel;
import com.kpbank.lc.search.index.SearchReadModel.WriteTarget;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redelivered events and another interleaving of the applications' events leave the same search
 * documents as every event delivered once, in order.
 */
class SearchProjectionOrderTest {

    private final Random random = new Random(42);
    private final List<List<DomainEventMessage<?>>> histories = IntStream.range(0, 40)
            .mapToObj(i -> LCApplicationHistory.realistic("applicant-" + i % 3, random, Instant.parse("2025-03-01T08:00:00Z").plusSeconds(i * 600L)).events())
            .toList();

    @Test
    void duplicatesAndAnotherInterleavingGiveTheSameDocumentsAsOneDeliveryInOrder() throws IOException {
        List<DomainEventMessage<?>> inOrder = histories.stream().flatMap(List::stream).toList();
        String once = index("order-once");
        project(once, inOrder, 50);

        String shuffled = index("order-shuffled");
        List<DomainEventMessage<?>> interleaved = interleaved();
        for (int from = 0; from < interleaved.size(); ) {
            int size = 1 + random.nextInt(60);
            List<DomainEventMessage<?>> batch = new ArrayList<>(interleaved.subList(from, Math.min(from + size, interleaved.size())));
            batch.addAll(interleaved.subList(Math.max(0, from - random.nextInt(30)), from)); // some delivered again
            Collections.shuffle(batch, random);
            project(shuffled, batch, batch.size());
            from += size;
        }
        project(shuffled, inOrder, 70); // and the whole history once more

        assertThat(SearchTestNode.documents(once)).hasSize(histories.size());
        assertThat(SearchTestNode.documents(shuffled)).isEqualTo(SearchTestNode.documents(once));
    }

    @Test
    void anEventOfAnOlderVersionThanTheStoredDocumentChangesNothing() throws IOException {
        LCApplicationHistory history = LCApplicationHistory.draft("applicant-x", "PO-4711", "steel pipes", "Hanseatic Trading", Money.of("100.00", "USD"), Instant.now());
        String index = index("order-stale");
        project(index, history.events(), 100);
        List<DomainEventMessage<?>> stale = history.events().subList(1, 2);
        project(index, stale, 1);

        assertThat(SearchTestNode.documents(index)).singleElement()
                .satisfies(document -> assertThat(document.get("version").asLong()).isEqualTo(history.version()));
    }

    /** The applications' events merged at random, each application's still in its order, as a processor sees them. */
    private List<DomainEventMessage<?>> interleaved() {
        List<LinkedList<DomainEventMessage<?>>> queues = new ArrayList<>(histories.stream().map(LinkedList::new).toList());
        List<DomainEventMessage<?>> merged = new ArrayList<>();
        while (!queues.isEmpty()) {
            LinkedList<DomainEventMessage<?>> queue = queues.get(random.nextInt(queues.size()));
            merged.add(queue.removeFirst());
            if (queue.isEmpty()) {
                queues.remove(queue);
            }
        }
        return merged;
    }

    private static void project(String index, List<DomainEventMessage<?>> events, int batchSize) {
        for (int from = 0; from < events.size(); from += batchSize) {
            SearchBatch batch = new SearchBatch(SearchTestNode.client(), new WriteTarget(index, true), view -> { }, new RefusedWrites());
            events.subList(from, Math.min(from + batchSize, events.size())).forEach(event -> batch.add(
                    LCApplicationChange.of((LCApplicationEvent) event.getPayload(), event.getSequenceNumber(), event.getTimestamp())));
            batch.write();
        }
    }

    private static String index(String name) throws IOException {
        String index = name + "-" + System.nanoTime();
        SearchReadModel.createIndex(SearchTestNode.client(), index, index + "-alias");
        return index;
    }
}
