package com.kpbank.lc.analytics;

import com.kpbank.lc.analytics.facts.AnalyticsReadModel;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.platform.LcApplication;
import com.kpbank.lc.platform.projection.ReadModelRebuilds;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static java.time.Duration.ofMinutes;
import static org.awaitility.Awaitility.await;

/**
 * Replays at least 100,000 LC events into the analytics read model and prints events/s and peak heap,
 * next to the raw rate of writing the resulting documents straight into the same store with
 * {@code insertMany}. Not a test: run it with
 * {@code mvn -B -pl query-analytics-service test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass=com.kpbank.lc.analytics.AnalyticsReplayBenchmark -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false}
 * (optional argument: the number of events).
 */
public final class AnalyticsReplayBenchmark {

    private static final int EVENTS_PER_APPLICATION = 7;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.setProperty(LcApplication.NO_UPDATE_CHECK, "true");
        Path data = Files.createTempDirectory("lc-analytics-benchmark");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnalyticsServiceApplication.class, AnalyticsTestStore.class)
                .properties("lc.data-dir=" + data, "logging.level.root=WARN", "lc.analytics.batch-size=1000").run()) {
            int applications = (events + EVENTS_PER_APPLICATION - 1) / EVENTS_PER_APPLICATION;
            append(context, applications);
            ReadModelRebuilds rebuilds = context.getBean(ReadModelRebuilds.class);
            long head = rebuilds.headPosition();
            awaitProjected(rebuilds, head);

            resetPeakHeap();
            Instant start = Instant.now();
            rebuilds.start(AnalyticsReadModel.NAME);
            awaitProjected(rebuilds, head);
            Duration replay = Duration.between(start, Instant.now());
            long peakHeap = peakHeap();

            MongoDatabase database = context.getBean(MongoDatabaseFactory.class).getMongoDatabase();
            AnalyticsReadModel readModel = context.getBean(AnalyticsReadModel.class);
            List<Document> documents = database.getCollection("lc_facts_" + readModel.liveGeneration()).find().into(new ArrayList<>());
            MongoCollection<Document> raw = database.getCollection("benchmark_raw");
            raw.drop();
            Instant rawStart = Instant.now();
            for (int from = 0; from < documents.size(); from += 1000) {
                raw.insertMany(documents.subList(from, Math.min(from + 1000, documents.size())));
            }
            Duration rawWrite = Duration.between(rawStart, Instant.now());

            double eventsPerSecond = head / seconds(replay);
            double replayDocumentsPerSecond = documents.size() / seconds(replay);
            double rawDocumentsPerSecond = documents.size() / seconds(rawWrite);
            System.out.printf("events replayed:             %d (%d applications)%n", head, documents.size());
            System.out.printf("replay:                      %.1f s, %.0f events/s, %.0f documents/s%n", seconds(replay), eventsPerSecond, replayDocumentsPerSecond);
            System.out.printf("peak heap during replay:     %d MB%n", peakHeap / (1024 * 1024));
            System.out.printf("raw insertMany of the same:  %.1f s, %.0f documents/s%n", seconds(rawWrite), rawDocumentsPerSecond);
            System.out.printf("ratio replay events/s : raw documents/s = %.2f (target >= 0.5)%n", eventsPerSecond / rawDocumentsPerSecond);
            System.out.printf("ratio replay documents/s : raw documents/s = %.2f%n", replayDocumentsPerSecond / rawDocumentsPerSecond);
        }
    }

    /** Applications of seven events each: started, amount, submitted, three checks, decided. */
    private static void append(ConfigurableApplicationContext context, int applications) {
        EventStore eventStore = context.getBean(EventStore.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<DomainEventMessage<?>> chunk = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            LCHistory history = LCHistory.started(t.plusSeconds(37L * i)).submitted(ofMinutes(5), (500 + i % 9000) + ".00", i % 3 == 0 ? "EUR" : "USD", i % 2 == 0 ? "DE" : "FR")
                    .creditChecked(ofMinutes(20)).creditChecked(ofMinutes(20)).creditChecked(ofMinutes(20));
            chunk.addAll((i % 4 == 0 ? history.declined(ofMinutes(60)) : history.approvedBy(ofMinutes(60), DecisionMaker.AUTO_APPROVAL)).events());
            if (chunk.size() >= 5000 || i == applications - 1) {
                List<DomainEventMessage<?>> toAppend = List.copyOf(chunk);
                transactions.executeWithoutResult(status -> eventStore.publish(toAppend));
                chunk.clear();
            }
        }
    }

    private static void awaitProjected(ReadModelRebuilds rebuilds, long head) {
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100)).until(() -> rebuilds.progress(AnalyticsReadModel.NAME).isEmpty()
                && ReadModelRebuilds.position(rebuilds.processor(AnalyticsReadModel.NAME).processingStatus().values()) >= head);
    }

    private static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
