package com.kpbank.lc.analytics;

import com.kpbank.lc.analytics.facts.AnalyticsReadModel;
import com.kpbank.lc.api.query.FindLCFacts;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.query.LCFacts;
import com.kpbank.lc.platform.projection.ReadModelRebuilds;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;

/**
 * The analytics service as it runs, against a real embedded Mongo-protocol store and a real (in-memory
 * H2) event store: events are appended as the command service appends them and reach the read model
 * through the real {@code lc-analytics} processor.
 */
@SpringBootTest(classes = AnalyticsServiceApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:analytics-${random.uuid};DB_CLOSE_DELAY=-1",
        "lc.analytics.batch-size=200"})
@Import(AnalyticsTestStore.class)
public abstract class AnalyticsIntegrationTest {

    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected QueryGateway queries;
    @Autowired
    protected ReadModelRebuilds rebuilds;
    @Autowired
    protected AnalyticsReadModel readModel;
    @Autowired
    protected MongoDatabaseFactory mongo;

    /** Appends the events to the event store, in this order, in one transaction. */
    protected void append(Collection<? extends DomainEventMessage<?>> events) {
        transactions.executeWithoutResult(status -> eventStore.publish(List.copyOf(events)));
    }

    protected void append(LCHistory... histories) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (LCHistory history : histories) {
            events.addAll(history.events());
        }
        append(events);
    }

    protected StreamingEventProcessor processor() {
        return rebuilds.processor(AnalyticsReadModel.NAME);
    }

    /** Waits until the processor has projected every event in the store and no rebuild runs. */
    protected void awaitProjected() {
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilds.progress(AnalyticsReadModel.NAME).isEmpty()
                && ReadModelRebuilds.position(processor().processingStatus().values()) >= rebuilds.headPosition());
    }

    /** The facts as the applicant of every history ({@link LCHistory#APPLICANT}) sees them: over all its applications. */
    protected LCFacts facts() {
        return facts(Viewer.of(LCHistory.APPLICANT, Role.APPLICANT));
    }

    protected LCFacts facts(Viewer viewer) {
        return queries.query(new FindLCFacts(viewer), LCFacts.class).join();
    }

    /** The documents of the live generation, by application id. */
    protected Map<String, Document> liveDocuments() {
        Map<String, Document> documents = new TreeMap<>();
        mongo.getMongoDatabase().getCollection("lc_facts_" + readModel.liveGeneration())
                .find().forEach(document -> documents.put(document.getString("_id"), document));
        return documents;
    }
}
