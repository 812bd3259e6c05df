package com.kpbank.lc.search.lcapplication;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.platform.LcApplication;
import com.kpbank.lc.platform.projection.ReadModelRebuilds;
import com.kpbank.lc.search.SearchServiceApplication;
import com.kpbank.lc.search.index.SearchReadModel;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures a full replay of the search read model: at least {@code args[0]} (default 100,000) events of
 * realistic LC application lifecycles are generated into the embedded event store, then a rebuild
 * replays them all into a new index (events/s, peak heap of this JVM). In the same run, the documents
 * those events produce, one per event, are bulk-indexed straight into the same node with the same batch
 * size (documents/s), and the ratio of the two is printed. Not a test: run it with
 * <pre>
 * mvn -B -q -pl query-search-service test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-Daxoniq.update-checker.disabled=true -Xmx1g -cp %classpath com.kpbank.lc.search.lcapplication.SearchReplayBenchmark 100000"
 * </pre>
 */
public final class SearchReplayBenchmark {

    private static final int BATCH_SIZE = 500;

    private SearchReplayBenchmark() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
            status = 0;
        } catch (RuntimeException | Error e) {
            e.printStackTrace(); // System.exit below would otherwise swallow it
        } finally {
            System.exit(status); // the node's client threads would keep this JVM alive
        }
    }

    private static void run(int wanted) {
        System.setProperty(LcApplication.NO_UPDATE_CHECK, "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SearchServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("lc.search.elasticsearch.uri", SearchTestNode.uri().toString(),
                        "lc.data-dir", SearchTestNode.dataDirectory().toString(),
                        "lc.search.batch-size", BATCH_SIZE,
                        "logging.level.root", "WARN"))
                .run()) {
            ReadModelRebuilds rebuilds = context.getBean(ReadModelRebuilds.class);
            SearchReadModel readModel = context.getBean(SearchReadModel.class);
            EventStore eventStore = context.getBean(EventStore.class);
            long events = generate(eventStore, wanted);
            while (ReadModelRebuilds.position(rebuilds.processor(SearchReadModel.NAME).processingStatus().values()) < rebuilds.headPosition()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100)); // the live projection catches up before the replay
            }

            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            rebuilds.start(SearchReadModel.NAME);
            while (readModel.generationInBuild().isPresent()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            double replaySeconds = (System.nanoTime() - started) / 1e9;
            long peakHeap = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            double replayRate = events / replaySeconds;
            System.out.printf("replay: %,d events in %.1f s = %,.0f events/s; peak heap %,d MB (batch size %d)%n",
                    events, replaySeconds, replayRate, peakHeap / (1024 * 1024), BATCH_SIZE);

            double rawRate = rawBulkRate(eventStore);
            System.out.printf("raw bulk of the equivalent documents: %,.0f documents/s; replay / raw = %.2f%n", rawRate, replayRate / rawRate);
        }
    }

    private static long generate(EventStore eventStore, int wanted) {
        Random random = new Random(1);
        long started = System.nanoTime();
        List<EventMessage<?>> chunk = new ArrayList<>();
        long events = 0;
        for (int i = 0; events < wanted; i++) {
            List<DomainEventMessage<?>> history = LCApplicationHistory.realistic("applicant-" + i % 500, random, Instant.now()).events();
            chunk.addAll(history);
            events += history.size();
            if (chunk.size() >= 2_000 || events >= wanted) {
                eventStore.publish(chunk);
                chunk.clear();
            }
        }
        System.out.printf("generated %,d events in %.1f s%n", events, (System.nanoTime() - started) / 1e9);
        return events;
    }

    /** Documents per second of bulk requests of {@link #BATCH_SIZE} index operations, one per event, into a new index. */
    private static double rawBulkRate(EventStore eventStore) {
        ElasticsearchClient client = SearchTestNode.client();
        String index = "raw-bulk-" + System.nanoTime();
        Map<String, LCApplicationDocument> documents = new HashMap<>();
        long documentsWritten = 0;
        long bulkNanos = 0;
        long started = System.nanoTime();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            SearchReadModel.createIndex(client, index, index + "-alias");
            List<BulkOperation> operations = new ArrayList<>(BATCH_SIZE);
            while (stream.hasNextAvailable()) {
                DomainEventMessage<?> event = (DomainEventMessage<?>) stream.nextAvailable();
                LCApplicationChange change = LCApplicationChange.of((LCApplicationEvent) event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
                LCApplicationDocument document = documents.computeIfAbsent(change.lcApplicationId(), LCApplicationDocument::empty);
                document.apply(change);
                Object source = document.fields().deepCopy();
                operations.add(BulkOperation.of(operation -> operation.index(write -> write.id(change.lcApplicationId()).document(source))));
                if (operations.size() == BATCH_SIZE || !stream.hasNextAvailable()) {
                    long bulkStarted = System.nanoTime();
                    if (client.bulk(bulk -> bulk.index(index).operations(operations)).errors()) {
                        throw new IllegalStateException("raw bulk request failed");
                    }
                    bulkNanos += System.nanoTime() - bulkStarted;
                    documentsWritten += operations.size();
                    operations.clear();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("raw bulk indexing failed", e);
        }
        System.out.printf("reading the event store and building the documents alone: %,.0f events/s%n",
                documentsWritten / ((System.nanoTime() - started - bulkNanos) / 1e9));
        return documentsWritten / (bulkNanos / 1e9);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
