package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.analytics.AnalyticsIntegrationTest;
import com.kpbank.lc.analytics.LCHistory;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.platform.projection.RefusedWrites;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business metrics count each fact of an application once: when it happens, not again when its event
 * comes again, and not at all when a replay rebuilds it; pending and past-due applications are counted now.
 */
class LCBusinessMetricsTest extends AnalyticsIntegrationTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    private MeterRegistry meters;

    @Test
    void every_step_of_an_application_is_counted_once_when_it_happens() {
        Map<String, Double> before = counts(meters);
        LCHistory waiting = LCHistory.started(T).submitted(Duration.ofMinutes(5), "900000.00", "USD", "DE");
        LCHistory rejected = LCHistory.started(T).submitted(Duration.ofMinutes(5), "200.00", "EUR", "FR");
        append(LCHistory.started(T).submitted(Duration.ofMinutes(5), "100.00", "USD", "DE").creditChecked(Duration.ofMinutes(1))
                        .approvedBy(Duration.ofMinutes(4), DecisionMaker.AUTO_APPROVAL),
                waiting.then(Duration.ofDays(10), new LCApprovalPending(waiting.id(), 1)),
                rejected.then(Duration.ofMinutes(1), new ProductValueValidated(rejected.id(), Decision.rejected("implausible")))
                        .declined(Duration.ofHours(2)),
                LCHistory.started(T).submitted(Duration.ofMinutes(5), "300.00", "EUR", "FR").approvedBy(Duration.ofDays(2), new DecisionMaker("manager")),
                LCHistory.started(T).cancelled(Duration.ofHours(1)));
        awaitProjected();

        assertThat(increase(before, counts(meters))).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("lc.applications.started", 5.0),
                Map.entry("lc.applications.submitted", 4.0),
                Map.entry("lc.applications.approved{by=auto-approval}", 1.0),
                Map.entry("lc.applications.approved{by=manager}", 1.0),
                Map.entry("lc.applications.declined", 1.0),
                Map.entry("lc.applications.cancelled", 1.0),
                Map.entry("lc.checks{check=applicant_credit,decision=approved}", 1.0),
                Map.entry("lc.checks{check=product_value,decision=rejected}", 1.0),
                Map.entry("lc.approval.reminders", 1.0),
                Map.entry("lc.applications.decision.time{decision=approved}", 2.0),
                Map.entry("lc.applications.decision.time{decision=declined}", 1.0)));
    }

    @Test
    void a_replay_rebuilds_the_facts_without_counting_them_again() {
        append(LCHistory.started(T).submitted(Duration.ofMinutes(5), "100.00", "USD", "DE").approvedBy(Duration.ofMinutes(4), DecisionMaker.AUTO_APPROVAL));
        awaitProjected();
        Map<String, Double> before = counts(meters);

        rebuilds.start(AnalyticsReadModel.NAME);
        awaitProjected();

        assertThat(increase(before, counts(meters))).isEmpty();
    }

    @Test
    void an_event_that_comes_again_after_its_fact_was_stored_counts_nothing() {
        SimpleMeterRegistry counted = new SimpleMeterRegistry();
        LCBusinessMetrics metrics = new LCBusinessMetrics(counted, readModel);
        String id = "metrics-" + System.nanoTime();
        UnaryOperator<ApplicationFacts> started = facts -> facts.started(0, T, LCHistory.APPLICANT);
        UnaryOperator<ApplicationFacts> reminded = facts -> facts.reminded(12, 1);
        for (int delivery = 0; delivery < 2; delivery++) {
            FactsBatch batch = new FactsBatch(readModel.factsToWrite(), new RefusedWrites(), metrics);
            batch.change(id, started, false);
            batch.change(id, reminded, false);
            batch.write();
        }

        assertThat(counted.get("lc.applications.started").counter().count()).isEqualTo(1);
        assertThat(counted.get("lc.approval.reminders").counter().count()).isEqualTo(1);
    }

    @Test
    void the_applications_pending_approval_and_past_due_are_counted_as_they_are_now() {
        double pending = meters.get("lc.applications.pending_approval").gauge().value();
        double pastDue = meters.get("lc.applications.past_due").gauge().value();
        LCHistory overdue = LCHistory.started(T).submitted(Duration.ofMinutes(5), "900000.00", "USD", "DE");
        append(overdue.then(Duration.ofDays(10), new LCApprovalPending(overdue.id(), 1))
                        .then(Duration.ofDays(10), new LCApprovalPending(overdue.id(), 2))
                        .then(Duration.ofDays(10), new LCApprovalPastDue(overdue.id())),
                LCHistory.started(T).submitted(Duration.ofMinutes(5), "900.00", "USD", "DE"),
                LCHistory.started(T).submitted(Duration.ofMinutes(5), "900.00", "USD", "DE").declined(Duration.ofDays(1)));
        awaitProjected();

        assertThat(meters.get("lc.applications.pending_approval").gauge().value()).isEqualTo(pending + 2);
        assertThat(meters.get("lc.applications.past_due").gauge().value()).isEqualTo(pastDue + 1);
    }

    /** Every business counter's count and every decision-time histogram's number of decisions, by meter and tags. */
    private static Map<String, Double> counts(MeterRegistry meters) {
        Map<String, Double> counts = new TreeMap<>();
        Search.in(meters).name(name -> name.startsWith("lc.applications.") || name.startsWith("lc.checks") || name.startsWith("lc.approval."))
                .counters().forEach(counter -> counts.put(key(counter.getId()), counter.count()));
        Search.in(meters).name(LCBusinessMetrics.DECISION_TIME).timers().forEach(timer -> counts.put(key(timer.getId()), (double) timer.count()));
        return counts;
    }

    /** The meter's name and its own tags (not the {@code service} every meter of the application carries). */
    private static String key(Meter.Id id) {
        String tags = id.getTags().stream().filter(tag -> !tag.getKey().equals("service"))
                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(","));
        return tags.isEmpty() ? id.getName() : id.getName() + "{" + tags + "}";
    }

    /** The meters whose count grew, by how much. */
    private static Map<String, Double> increase(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> increase = new TreeMap<>();
        after.forEach((meter, count) -> {
            double grown = count - before.getOrDefault(meter, 0.0);
            if (grown != 0) {
                increase.put(meter, grown);
            }
        });
        return increase;
    }
}
