package com.kpbank.lc.saga.autoapproval;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.saga.autoapproval.AutoApprovalOutcomes.Outcome;
import com.kpbank.lc.saga.autoapproval.AutoApprovalPolicy.AmountAssessment;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * The auto-approval of one submitted application. It starts on submission and ends at once when the
 * amount is too large (or its currency has no reference rate); otherwise it waits, possibly for days,
 * for the three check outcomes in any order. A rejected check ends it (the manager decides); three
 * passed checks make it approve the application as {@link DecisionMaker#AUTO_APPROVAL}. A decision or
 * cancellation by anyone else ends it too.
 * <p>
 * Its state (which checks passed) is kept in the saga store as JSON: the injected resources are
 * transient and ignored by the serializer. Outcomes that come twice count once; outcomes that come
 * after its end find no saga and change nothing.
 * <p>
 * The approval is sent once, waiting a few seconds at most ({@link AutoApprovalGateway}). A refusal ends
 * the process (the application was decided or cancelled meanwhile, or cannot be approved). A transient
 * failure (the command service down or slow) is tried again later through a deadline of the saga's
 * durable deadline manager — surviving restarts of the saga service, holding no event processor's
 * thread — with a wait that doubles up to {@code lc.auto-approval.approve-backoff-max}, for
 * {@code lc.auto-approval.approve-retry-for} (default 24 hours) after the first failure; then the
 * application is left to a manager, in the log and the metric of {@link AutoApprovalOutcomes}, which counts
 * every way a process ends.
 */
@Saga
@ProcessingGroup(AutoApprovalSaga.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class AutoApprovalSaga {

    public static final String PROCESSING_GROUP = "auto-approval";
    private static final String ASSOCIATION = "lcApplicationId";
    /** The refusals that mean the application is no longer waiting for a decision. */
    private static final Set<String> DECIDED_OR_CANCELLED = Set.of(CommandRefusal.WRONG_STATE, CommandRefusal.NOT_FOUND);
    private static final Logger log = LoggerFactory.getLogger(AutoApprovalSaga.class);

    /** The checks by other bounded contexts that must all pass. */
    enum Check {
        PRODUCT_VALUE,
        PRODUCT_LEGALITY,
        APPLICANT_CREDIT
    }

    @Autowired
    @JsonIgnore
    private transient AutoApprovalPolicy policy;

    @Autowired
    @JsonIgnore
    private transient AutoApprovalGateway gateway;

    @Autowired
    @JsonIgnore
    private transient DeadlineManager deadlineManager;

    @Autowired
    @JsonIgnore
    private transient AutoApprovalOutcomes outcomes;

    private LCApplicationId lcApplicationId;
    private Set<Check> passedChecks = EnumSet.noneOf(Check.class);
    /** How long the approval has waited between its retries so far; zero while it has not failed. */
    private Duration approvalRetriedFor = Duration.ZERO;

    @StartSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(LCApplicationSubmitted submitted) {
        lcApplicationId = submitted.lcApplicationId();
        // the threshold applies to the most the LC may be drawn to: the amount plus its tolerance
        AmountAssessment assessment = policy.assess(submitted.amount().plusPercent(submitted.tolerancePercent()));
        if (assessment != AmountAssessment.WITHIN_THRESHOLD) {
            log.info("Auto-approval does not apply to {} ({}, {}): a manager decides",
                    kv(ASSOCIATION, lcApplicationId), submitted.amount().currency(), assessment);
            end(assessment == AmountAssessment.ABOVE_THRESHOLD ? Outcome.LEFT_ABOVE_THRESHOLD : Outcome.LEFT_NO_REFERENCE_RATE);
        }
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(ProductValueValidated validated) {
        record(Check.PRODUCT_VALUE, validated.outcome());
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(ProductLegalityValidated validated) {
        record(Check.PRODUCT_LEGALITY, validated.outcome());
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(ApplicantCreditValidated validated) {
        record(Check.APPLICANT_CREDIT, validated.outcome());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(LCApplicationApproved approved) {
        stopRetrying();
        log.info("Auto-approval of {} ends: approved by {}", kv(ASSOCIATION, lcApplicationId), approved.approvedBy());
        // its own approval, taken although the answer to it failed (and a retry was waiting), is still its approval
        outcomes.ended(approved.approvedBy().isAutoApproval() ? Outcome.APPROVED : Outcome.OVERTAKEN_DECIDED);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(LCApplicationDeclined declined) {
        stopRetrying();
        log.info("Auto-approval of {} ends: declined by {}", kv(ASSOCIATION, lcApplicationId), declined.declinedBy());
        outcomes.ended(Outcome.OVERTAKEN_DECIDED);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    public void on(LCApplicationCancelled cancelled) {
        stopRetrying();
        log.info("Auto-approval of {} ends: cancelled by the applicant", kv(ASSOCIATION, lcApplicationId));
        outcomes.ended(Outcome.OVERTAKEN_CANCELLED);
    }

    private void record(Check check, Decision outcome) {
        if (!outcome.isApproved()) {
            log.info("Auto-approval of {} ends: the {} check was rejected; a manager decides",
                    kv(ASSOCIATION, lcApplicationId), check);
            end(Outcome.rejected(check));
        } else if (passedChecks.add(check) && passedChecks.containsAll(EnumSet.allOf(Check.class))) {
            approve(1);
        }
    }

    /** Sends the approval; a failure that may pass is tried again later, through a deadline. */
    private void approve(int attempt) {
        try {
            gateway.approve(new ApproveLCApplication(lcApplicationId, DecisionMaker.AUTO_APPROVAL, null), Actor.AUTO_APPROVAL.metaData());
            log.info("Auto-approval of {}: all three checks passed, approved", kv(ASSOCIATION, lcApplicationId));
            end(Outcome.APPROVED);
        } catch (CommandExecutionException e) {
            Optional<CommandRefusal> refusal = refusalOf(e);
            if (refusal.isPresent()) {
                end(refused(refusal.get()));
            } else {
                failed(attempt, e);
            }
        } catch (TimeoutException | RuntimeException e) {
            failed(attempt, e);
        }
    }

    /** The deadline of a retry: the approval is sent again. */
    @DeadlineHandler
    void on(ApprovalRetry retry) {
        approve(retry.attempt());
    }

    private void failed(int attempt, Exception failure) {
        Duration wait = policy.retryWait(attempt);
        if (approvalRetriedFor.plus(wait).compareTo(policy.retryFor()) > 0) {
            log.warn("Auto-approval of {} gave up: the approval kept failing for {}; left for a manager",
                    kv(ASSOCIATION, lcApplicationId), approvalRetriedFor, failure);
            end(Outcome.GAVE_UP);
            return;
        }
        approvalRetriedFor = approvalRetriedFor.plus(wait);
        log.warn("Auto-approval of {}: approval attempt {} failed ({}); trying again in {}",
                kv(ASSOCIATION, lcApplicationId), attempt, failure.toString(), wait);
        deadlineManager.schedule(wait, ApprovalRetry.deadlineNameFor(lcApplicationId), new ApprovalRetry(attempt + 1));
    }

    /** A retry of the approval still scheduled has nothing left to do once the application is decided or cancelled. */
    private void stopRetrying() {
        if (!approvalRetriedFor.isZero()) {
            deadlineManager.cancelAllWithinScope(ApprovalRetry.deadlineNameFor(lcApplicationId));
        }
    }

    private static Optional<CommandRefusal> refusalOf(CommandExecutionException e) {
        return e.getDetails().filter(CommandRefusal.class::isInstance).map(CommandRefusal.class::cast);
    }

    private Outcome refused(CommandRefusal refusal) {
        if (DECIDED_OR_CANCELLED.contains(refusal.code())) {
            log.info("Auto-approval of {} ends: the application was decided or cancelled meanwhile ({})",
                    kv(ASSOCIATION, lcApplicationId), refusal.message());
            return Outcome.OVERTAKEN_DECIDED;
        }
        log.warn("Auto-approval of {} ends: the approval was refused ({}: {}); left for a manager",
                kv(ASSOCIATION, lcApplicationId), refusal.code(), refusal.message());
        return Outcome.LEFT_APPROVAL_REFUSED;
    }

    private void end(Outcome outcome) {
        outcomes.ended(outcome);
        SagaLifecycle.end();
    }

}
