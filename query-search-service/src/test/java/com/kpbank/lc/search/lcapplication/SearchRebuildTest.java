package com.kpbank.lc.search.lcapplication;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.platform.projection.ProjectionDeadLetters;
import com.kpbank.lc.platform.projection.RefusedWrites;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.platform.projection.ReadModelRebuilds;
import com.kpbank.lc.search.index.SearchReadModel;
import com.kpbank.lc.search.index.SearchReadModel.WriteTarget;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild into a new index while new events arrive ends with the read model a fresh projection of
 * the whole event store gives, and the old index answers queries until the alias switches.
 */
class SearchRebuildTest extends SearchSpringTest {

    private static final Viewer APPLICANT = Viewer.of("rebuild-applicant", Role.APPLICANT);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private ReadModelRebuilds rebuilds;
    @Autowired
    private SearchReadModel readModel;
    @Autowired
    private ProjectionDeadLetters deadLetters;

    private final Random random = new Random(7);

    @Test
    void aRebuildWhileEventsArriveEndsEqualToAFreshProjectionAndQueriesAreAnsweredThroughout() throws IOException {
        List<LCApplicationHistory> before = IntStream.range(0, 300).mapToObj(i -> realistic()).toList();
        before.forEach(history -> eventStore.publish(history.events()));
        LCApplicationHistory known = before.get(before.size() - 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> find(known).filter(view -> view.version() == known.version()).isPresent());
        String previous = readModel.liveGeneration();

        AtomicBoolean rebuilt = new AtomicBoolean();
        AtomicInteger arrivedDuringRebuild = new AtomicInteger();
        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> {
            while (!rebuilt.get() && arrivedDuringRebuild.get() < 500) {
                eventStore.publish(realistic().events());
                arrivedDuringRebuild.incrementAndGet();
            }
        });
        rebuilds.start(SearchReadModel.NAME);
        AtomicInteger answered = new AtomicInteger();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(find(known)).as("answered by the old index during the rebuild").isPresent();
            answered.incrementAndGet();
            return readModel.generationInBuild().isEmpty();
        });
        rebuilt.set(true);
        arriving.join();

        assertThat(readModel.liveGeneration()).isNotEqualTo(previous);
        assertThat(answered.get()).isPositive();
        assertThat(arrivedDuringRebuild.get()).isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                ReadModelRebuilds.position(rebuilds.processor(SearchReadModel.NAME).processingStatus().values()) >= rebuilds.headPosition());
        Set<String> parkedElsewhere = parkedApplications();
        assertThat(withoutParked(SearchTestNode.documents(SearchReadModel.ALIAS), parkedElsewhere)).isEqualTo(withoutParked(freshProjection(parkedElsewhere), parkedElsewhere));
    }

    /** The applications with parked events (other tests of this context write events no index can hold): compared by neither side. */
    private Set<String> parkedApplications() {
        Set<String> parked = new HashSet<>();
        deadLetters.list(SearchReadModel.NAME, 10_000).forEach(letter -> parked.add(letter.sequence()));
        return parked;
    }

    private static List<ObjectNode> withoutParked(List<ObjectNode> documents, Set<String> parked) {
        return documents.stream().filter(document -> !parked.contains(document.path("lcApplicationId").asText())).toList();
    }

    /**
     * Every event of the store projected into a new index, as the processor does: an application whose
     * event cannot be projected stays as it was before that event (the rest of it is parked).
     */
    private List<ObjectNode> freshProjection(Set<String> parkedElsewhere) throws IOException {
        String index = "fresh-" + System.nanoTime();
        SearchReadModel.createIndex(SearchTestNode.client(), index, index + "-alias");
        Set<String> parked = new HashSet<>(parkedElsewhere);
        List<LCApplicationChange> changes = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                DomainEventMessage<?> event = (DomainEventMessage<?>) stream.nextAvailable();
                if (!parked.contains(event.getAggregateIdentifier())) {
                    try {
                        changes.add(LCApplicationChange.of((LCApplicationEvent) event.getPayload(), event.getSequenceNumber(), event.getTimestamp()));
                    } catch (UnprojectableEvent unprojectable) {
                        parked.add(event.getAggregateIdentifier());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (int from = 0; from < changes.size(); from += 500) {
            SearchBatch batch = new SearchBatch(SearchTestNode.client(), new WriteTarget(index, false), view -> { }, new RefusedWrites());
            changes.subList(from, Math.min(from + 500, changes.size())).forEach(batch::add);
            batch.write();
        }
        return SearchTestNode.documents(index);
    }

    private LCApplicationHistory realistic() {
        return LCApplicationHistory.realistic(APPLICANT.name(), random, Instant.now());
    }

    private Optional<LCApplicationView> find(LCApplicationHistory history) {
        return queries.query(new FindLCApplication(history.id(), APPLICANT), ResponseTypes.optionalInstanceOf(LCApplicationView.class)).join();
    }
}
