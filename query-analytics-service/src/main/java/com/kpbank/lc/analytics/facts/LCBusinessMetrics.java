package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.api.value.CheckDecision;
import com.kpbank.lc.api.value.LCState;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The business of LC application processing as metrics, in the domain's words: applications started,
 * submitted, approved (by a manager or by auto-approval), declined and cancelled; the time from submission
 * to decision; check outcomes by check and decision; approval reminders and applications past due; and,
 * read from the live facts at each scrape, the applications pending approval and past due now.
 * <p>
 * Counted from the facts, not from the events: a count moves when a stored fact changes
 * ({@link #counted}, once the batch's write is stored), so an event delivered again, or handed again after a failed
 * batch whose write went through, finds the fact already there and counts nothing; the events of a replay are not
 * counted at all
 * (the facts they rebuild were counted when they first happened). One application's facts are written by
 * one processor segment at a time, so instances sharing the work count each fact once between them.
 * Every counter exists from the start at zero, so that its first increase shows. A fact is counted at most once: a write
 * that fails without saying which documents it stored (a lost connection) and went through counts nothing on its retry.
 */
@Component
class LCBusinessMetrics {

    static final String STARTED = "lc.applications.started";
    static final String SUBMITTED = "lc.applications.submitted";
    static final String APPROVED = "lc.applications.approved";
    static final String DECLINED = "lc.applications.declined";
    static final String CANCELLED = "lc.applications.cancelled";
    static final String DECISION_TIME = "lc.applications.decision.time";
    static final String CHECKS = "lc.checks";
    static final String REMINDERS = "lc.approval.reminders";
    static final String BECAME_PAST_DUE = "lc.approval.past_due";
    static final String PENDING_APPROVAL_NOW = "lc.applications.pending_approval";
    static final String PAST_DUE_NOW = "lc.applications.past_due";
    static final List<String> CHECK_NAMES = List.of("product_value", "product_legality", "applicant_credit");
    /** From seconds (auto-approval) to the past-due notice at day 30 and beyond. */
    private static final Duration[] DECISION_TIME_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8), Duration.ofDays(1),
            Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(20), Duration.ofDays(30), Duration.ofDays(60)};

    private final Counter started;
    private final Counter submitted;
    private final Counter approvedByManager;
    private final Counter autoApproved;
    private final Counter declined;
    private final Counter cancelled;
    private final Counter reminders;
    private final Counter becamePastDue;
    private final Timer approvedAfter;
    private final Timer declinedAfter;
    private final Map<String, Counter> checks = new HashMap<>();

    LCBusinessMetrics(MeterRegistry meters, AnalyticsReadModel readModel) {
        started = counter(meters, STARTED, "LC applications started");
        submitted = counter(meters, SUBMITTED, "LC applications submitted");
        approvedByManager = Counter.builder(APPROVED).description("LC applications approved").tag("by", "manager").register(meters);
        autoApproved = Counter.builder(APPROVED).description("LC applications approved").tag("by", "auto-approval").register(meters);
        declined = counter(meters, DECLINED, "LC applications declined");
        cancelled = counter(meters, CANCELLED, "LC applications cancelled by their applicant");
        reminders = counter(meters, REMINDERS, "approval reminders that fell due with no decision");
        becamePastDue = counter(meters, BECAME_PAST_DUE, "applications whose approval became past due");
        approvedAfter = decisionTime(meters, "approved");
        declinedAfter = decisionTime(meters, "declined");
        for (String check : CHECK_NAMES) {
            for (CheckDecision decision : CheckDecision.values()) {
                checks.put(check + decision, Counter.builder(CHECKS).description("check outcomes received from Compliance and Customer Onboarding")
                        .tag("check", check).tag("decision", decision.name().toLowerCase(Locale.ROOT)).register(meters));
            }
        }
        Gauge.builder(PENDING_APPROVAL_NOW, () -> readModel.liveFacts().countDocuments(
                        Filters.eq(ApplicationFacts.STATE, LCState.SUBMITTED.name())))
                .description("submitted applications waiting for a decision").register(meters);
        Gauge.builder(PAST_DUE_NOW, () -> readModel.liveFacts().countDocuments(
                        Filters.and(Filters.eq(ApplicationFacts.STATE, LCState.SUBMITTED.name()), Filters.eq(ApplicationFacts.PAST_DUE, true))))
                .description("submitted applications past due for a decision").register(meters);
    }

    private static Counter counter(MeterRegistry meters, String name, String description) {
        return Counter.builder(name).description(description).register(meters);
    }

    private static Timer decisionTime(MeterRegistry meters, String decision) {
        return Timer.builder(DECISION_TIME).description("time from submission to decision").tag("decision", decision)
                .serviceLevelObjectives(DECISION_TIME_BUCKETS).register(meters);
    }

    /** Counts what became a fact of one application when its facts went from {@code before} to {@code after}. */
    void counted(ApplicationFacts before, ApplicationFacts after) {
        if (before.startedAt() == null && after.startedAt() != null) {
            started.increment();
        }
        if (before.submittedAt() == null && after.submittedAt() != null) {
            submitted.increment();
        }
        if (reached(LCState.APPROVED, before, after)) {
            (Boolean.TRUE.equals(after.autoApproved()) ? autoApproved : approvedByManager).increment();
            decisionTime(approvedAfter, after);
        }
        if (reached(LCState.DECLINED, before, after)) {
            declined.increment();
            decisionTime(declinedAfter, after);
        }
        if (reached(LCState.CANCELLED, before, after)) {
            cancelled.increment();
        }
        after.checks().forEach((check, decision) -> {
            if (!before.checks().containsKey(check)) {
                checks.get(check + decision).increment();
            }
        });
        if (after.reminders() > before.reminders()) {
            reminders.increment(after.reminders() - before.reminders());
        }
        if (!before.pastDue() && after.pastDue()) {
            becamePastDue.increment();
        }
    }

    private static boolean reached(LCState state, ApplicationFacts before, ApplicationFacts after) {
        return before.state() != state && after.state() == state;
    }

    private static void decisionTime(Timer timer, ApplicationFacts decided) {
        if (decided.submittedAt() != null && decided.decidedAt() != null) {
            timer.record(Duration.between(decided.submittedAt(), decided.decidedAt()));
        }
    }
}
