package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.platform.projection.ProjectionBatches;
import com.kpbank.lc.platform.projection.RefusedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Projects the events that change the LC facts into {@link ApplicationFacts} documents. The other
 * events of an application (its draft's details) change no fact.
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
    private final LCBusinessMetrics metrics;
    private final RefusedWrites refusedWrites = new RefusedWrites();

    LCFactsProjection(AnalyticsReadModel readModel, LCBusinessMetrics metrics) {
        this.readModel = readModel;
        this.metrics = metrics;
    }

    @EventHandler
    void on(LCApplicationStarted event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        if (event.applicantId() == null) {
            throw new UnprojectableEvent(event, "it names no applicant");
        }
        change(event, replay, facts -> facts.started(sequence, at, event.applicantId().value()));
    }

    @EventHandler
    void on(LCApplicationSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        if (event.amount() == null || event.amount().amount() == null || event.amount().currency() == null) {
            throw new UnprojectableEvent(event, "it carries no amount");
        }
        if (event.beneficiaryCountry() == null || event.beneficiaryCountry().code() == null) {
            throw new UnprojectableEvent(event, "it carries no beneficiary country");
        }
        if (event.applicantId() == null) {
            throw new UnprojectableEvent(event, "it names no applicant");
        }
        change(event, replay, facts -> facts.submitted(sequence, at, event.applicantId().value(), event.amount().amount(), event.amount().currency(), event.beneficiaryCountry().code()));
    }

    @EventHandler
    void on(LCApplicationApproved event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        if (event.approvedBy() == null) {
            throw new UnprojectableEvent(event, "it does not say who approved");
        }
        change(event, replay, facts -> facts.approved(sequence, at, event.approvedBy().isAutoApproval()));
    }

    @EventHandler
    void on(LCApplicationDeclined event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        change(event, replay, facts -> facts.declined(sequence, at));
    }

    @EventHandler
    void on(LCApplicationCancelled event, @SequenceNumber long sequence, ReplayStatus replay) {
        change(event, replay, facts -> facts.cancelled(sequence));
    }

    @EventHandler
    void on(ProductValueValidated event, @SequenceNumber long sequence, ReplayStatus replay) {
        checked(event, sequence, replay, "product_value", event.outcome());
    }

    @EventHandler
    void on(ProductLegalityValidated event, @SequenceNumber long sequence, ReplayStatus replay) {
        checked(event, sequence, replay, "product_legality", event.outcome());
    }

    @EventHandler
    void on(ApplicantCreditValidated event, @SequenceNumber long sequence, ReplayStatus replay) {
        checked(event, sequence, replay, "applicant_credit", event.outcome());
    }

    @EventHandler
    void on(LCApprovalPending event, @SequenceNumber long sequence, ReplayStatus replay) {
        change(event, replay, facts -> facts.reminded(sequence, event.reminderNumber()));
    }

    @EventHandler
    void on(LCApprovalPastDue event, @SequenceNumber long sequence, ReplayStatus replay) {
        change(event, replay, facts -> facts.becamePastDue(sequence));
    }

    private void checked(LCApplicationEvent event, long sequence, ReplayStatus replay, String check, Decision outcome) {
        if (outcome == null || outcome.decision() == null) {
            throw new UnprojectableEvent(event, "it carries no outcome");
        }
        change(event, replay, facts -> facts.checked(sequence, check, outcome.decision()));
    }

    private void change(LCApplicationEvent event, ReplayStatus replay, UnaryOperator<ApplicationFacts> change) {
        if (event.lcApplicationId() == null) {
            throw new UnprojectableEvent(event, "it names no LC application");
        }
        refusedWrites.parkIfRefused(event.lcApplicationId().toString());
        ProjectionBatches.record(FactsBatch.class, () -> new FactsBatch(readModel.factsToWrite(), refusedWrites, metrics),
                FactsBatch::write, batch -> batch.change(event.lcApplicationId().toString(), change, replay.isReplay()));
    }
}
