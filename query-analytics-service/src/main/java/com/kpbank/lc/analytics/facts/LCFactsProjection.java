package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.platform.projection.ProjectionBatches;
import com.kpbank.lc.platform.projection.RefusedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Projects the events that change the LC facts into {@link ApplicationFacts} documents. The other
 * events of an application (its draft's details, the checks, the reminders) change no fact.
 * <p>
 * A handler checks the event and records the change in the {@link FactsBatch} of the current unit of
 * work (one per batch of the tracking processor), which is written when the unit of work commits: a
 * failed write rolls the batch back and the processor retries it. An event that cannot be projected
 * fails its handler before anything is recorded, and is parked in the dead-letter queue; so are the
 * events of an application whose facts the store refused ({@link RefusedWrites}).
 */
@Component
@ProcessingGroup(AnalyticsReadModel.NAME)
class LCFactsProjection {

    private final AnalyticsReadModel readModel;
    private final RefusedWrites refusedWrites = new RefusedWrites();

    LCFactsProjection(AnalyticsReadModel readModel) {
        this.readModel = readModel;
    }

    @EventHandler
    void on(LCApplicationStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.applicantId() == null) {
            throw new UnprojectableEvent(event, "it names no applicant");
        }
        change(event, facts -> facts.started(sequence, at, event.applicantId().value()));
    }

    @EventHandler
    void on(LCApplicationSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.amount() == null || event.amount().amount() == null || event.amount().currency() == null) {
            throw new UnprojectableEvent(event, "it carries no amount");
        }
        if (event.beneficiaryCountry() == null || event.beneficiaryCountry().code() == null) {
            throw new UnprojectableEvent(event, "it carries no beneficiary country");
        }
        if (event.applicantId() == null) {
            throw new UnprojectableEvent(event, "it names no applicant");
        }
        change(event, facts -> facts.submitted(sequence, at, event.applicantId().value(), event.amount().amount(), event.amount().currency(), event.beneficiaryCountry().code()));
    }

    @EventHandler
    void on(LCApplicationApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.approvedBy() == null) {
            throw new UnprojectableEvent(event, "it does not say who approved");
        }
        change(event, facts -> facts.approved(sequence, at, event.approvedBy().isAutoApproval()));
    }

    @EventHandler
    void on(LCApplicationDeclined event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event, facts -> facts.declined(sequence, at));
    }

    @EventHandler
    void on(LCApplicationCancelled event, @SequenceNumber long sequence) {
        change(event, facts -> facts.cancelled(sequence));
    }

    private void change(LCApplicationEvent event, UnaryOperator<ApplicationFacts> change) {
        if (event.lcApplicationId() == null) {
            throw new UnprojectableEvent(event, "it names no LC application");
        }
        refusedWrites.parkIfRefused(event.lcApplicationId().toString());
        ProjectionBatches.record(FactsBatch.class, () -> new FactsBatch(readModel.factsToWrite(), refusedWrites),
                FactsBatch::write, batch -> batch.change(event.lcApplicationId().toString(), change));
    }
}
