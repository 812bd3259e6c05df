package com.kpbank.lc.search.lcapplication;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCApplicationsInWorkQueue;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.platform.projection.ProjectionBatches;
import com.kpbank.lc.platform.projection.RefusedWrites;
import com.kpbank.lc.search.index.SearchReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects every LC event into its application's search document.
 * <p>
 * The handler turns the event into an {@link LCApplicationChange} (which fails, before anything is
 * recorded, for an event that cannot be projected: it is then parked in the dead-letter queue) and
 * records it in the {@link SearchBatch} of the current unit of work, one per batch of the tracking
 * processor. The batch is written when the unit of work commits; a failed write rolls the whole batch
 * back and the processor retries it, except that the events of an application whose document the store
 * refused are then parked ({@link RefusedWrites}). Once a new version is readable, the {@link FindLCApplication}
 * subscriptions of viewers who may see it get it as an update, and so do the work queues' subscriptions.
 */
@Component
@ProcessingGroup(SearchReadModel.NAME)
class LCApplicationSearchProjection {

    private final ElasticsearchClient client;
    private final SearchReadModel readModel;
    private final QueryUpdateEmitter updates;
    private final RefusedWrites refusedWrites = new RefusedWrites();

    LCApplicationSearchProjection(ElasticsearchClient searchElasticsearchClient, SearchReadModel readModel, QueryUpdateEmitter updates) {
        this.client = searchElasticsearchClient;
        this.readModel = readModel;
        this.updates = updates;
    }

    @EventHandler
    void on(LCApplicationEvent event, @SourceId String aggregateId, @SequenceNumber long sequence, @Timestamp Instant at) {
        refusedWrites.parkIfRefused(aggregateId);
        LCApplicationChange change = LCApplicationChange.of(event, sequence, at);
        if (!change.lcApplicationId().equals(aggregateId)) {
            throw new UnprojectableEvent(event, "it names LC application " + change.lcApplicationId() + " but belongs to " + aggregateId);
        }
        ProjectionBatches.record(SearchBatch.class, () -> new SearchBatch(client, readModel.writeTarget(), this::publish, refusedWrites),
                SearchBatch::write, batch -> batch.add(change));
    }

    private void publish(LCApplicationView view) {
        updates.emit(FindLCApplication.class,
                query -> view.lcApplicationId().equals(query.lcApplicationId()) && mayFollow(query.viewer(), view), view);
        updates.emit(FindLCApplicationsInWorkQueue.class, query -> mayFollow(query.viewer(), view), view);
    }

    /**
     * A subscriber learns of every change it may see, and of the one that took from its sight an application it saw
     * submitted (the applicant cancelled it), so that its view can end: never of a draft. The gateway shows the
     * latter as gone, not its content.
     */
    private static boolean mayFollow(Viewer viewer, LCApplicationView view) {
        return viewer.maySee(view.applicantId(), view.state())
                || (viewer.worksForTheBank() && view.state() == LCState.CANCELLED && view.submittedAt() != null);
    }
}
