package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.analytics.AnalyticsIntegrationTest;
import com.kpbank.lc.analytics.LCHistory;
import com.kpbank.lc.api.query.LCFacts;
import com.kpbank.lc.api.query.LCFacts.CurrencyFacts;
import com.kpbank.lc.api.query.LCFacts.HourlyCount;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every LC fact, on a history of seven applications of one applicant (and a draft of another) projected
 * into an empty read model: its own application context (hence its own stores), with small batches, so
 * the facts are exactly these. The facts are those the first applicant sees, unless a test says whose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "lc.analytics.batch-size=3")
class LCFactsTest extends AnalyticsIntegrationTest {

    private static final Instant T = Instant.parse("2026-01-05T09:00:00Z");
    private static final DecisionMaker MANAGER = new DecisionMaker("manager");
    private static final String OTHER_APPLICANT = "applicant-2";

    private LCFacts facts;

    @BeforeAll
    void projectTheHistory() {
        append(
                LCHistory.started(T).submitted(ofMinutes(10), "1000.00", "USD", "DE").creditChecked(ofHours(1)).approvedBy(ofHours(1), DecisionMaker.AUTO_APPROVAL),
                LCHistory.started(T.plus(ofMinutes(5))).submitted(ofMinutes(20), "2000", "USD", "DE").approvedBy(ofHours(4), MANAGER),
                LCHistory.started(T.plus(ofMinutes(30))).submitted(ofMinutes(40), "500.50", "EUR", "FR").declined(ofHours(1)),
                LCHistory.started(T).submitted(ofMinutes(5), "300.00", "EUR", "GB").cancelled(ofHours(1)),
                LCHistory.started(T.plus(ofHours(2))),
                LCHistory.started(T.plus(ofHours(1))).submitted(ofMinutes(10), "100.00", "USD", "DE"),
                LCHistory.started(T.plus(ofHours(3))).submitted(ofMinutes(1), "700.00", "USD", "US").approvedBy(ofHours(8), DecisionMaker.AUTO_APPROVAL),
                LCHistory.startedBy(OTHER_APPLICANT, T.plus(ofHours(4))));
        awaitProjected();
        facts = facts();
    }

    @Test
    void counts_applications_per_current_state() {
        assertThat(facts.countsPerState()).isEqualTo(Map.of(
                LCState.DRAFT, 1L, LCState.SUBMITTED, 1L, LCState.APPROVED, 3L, LCState.DECLINED, 1L, LCState.CANCELLED, 1L));
    }

    @Test
    void totals_and_averages_submitted_amounts_per_currency() {
        assertThat(facts.perCurrency()).isEqualTo(Map.of(
                "USD", new CurrencyFacts(4, new BigDecimal("3800.00"), new BigDecimal("950.00")),
                "EUR", new CurrencyFacts(2, new BigDecimal("800.50"), new BigDecimal("400.25"))));
    }

    @Test
    void approval_rate_is_approved_out_of_decided() {
        assertThat(facts.approvalRate()).isEqualTo(0.75);
    }

    @Test
    void tells_auto_approved_from_manually_approved() {
        assertThat(facts.autoApproved()).isEqualTo(2);
        assertThat(facts.manuallyApproved()).isEqualTo(1);
    }

    @Test
    void time_from_submission_to_decision_has_mean_median_and_90th_percentile() {
        assertThat(facts.timeToDecision()).isEqualTo(new LCFacts.DurationFacts(4, ofHours(3).plusMinutes(45), ofHours(2), ofHours(8)));
    }

    @Test
    void counts_submissions_per_clock_hour_oldest_first() {
        assertThat(facts.submissionsPerHour()).containsExactly(
                new HourlyCount(T, 3), new HourlyCount(T.plus(ofHours(1)), 2), new HourlyCount(T.plus(ofHours(3)), 1));
    }

    @Test
    void counts_submissions_per_beneficiary_country() {
        assertThat(facts.submissionsPerBeneficiaryCountry()).isEqualTo(Map.of("DE", 3L, "FR", 1L, "GB", 1L, "US", 1L));
    }

    @Test
    void an_applicant_sees_facts_over_its_own_applications_only() {
        assertThat(facts(Viewer.of(OTHER_APPLICANT, Role.APPLICANT)).countsPerState()).isEqualTo(Map.of(LCState.DRAFT, 1L));
    }

    @Test
    void staff_see_facts_over_submitted_and_decided_applications_only_never_a_draft() {
        for (Role staff : List.of(Role.TRADE_FINANCE_MANAGER, Role.PRODUCT_ANALYST, Role.OPERATOR)) {
            LCFacts seen = facts(Viewer.of("staff", staff));

            assertThat(seen.countsPerState()).isEqualTo(Map.of(LCState.SUBMITTED, 1L, LCState.APPROVED, 3L, LCState.DECLINED, 1L));
            assertThat(seen.perCurrency()).isEqualTo(Map.of(
                    "USD", new CurrencyFacts(4, new BigDecimal("3800.00"), new BigDecimal("950.00")),
                    "EUR", new CurrencyFacts(1, new BigDecimal("500.50"), new BigDecimal("500.50"))));
            assertThat(seen.submissionsPerBeneficiaryCountry()).isEqualTo(Map.of("DE", 3L, "FR", 1L, "US", 1L));
        }
    }

    @Test
    void someone_with_no_role_of_the_domain_sees_no_facts() {
        assertThat(facts(Viewer.of("stranger")).countsPerState()).isEmpty();
    }

    @Test
    void an_empty_history_has_zero_facts_rather_than_errors() {
        readModel.prepareGeneration("empty");
        readModel.switchToGeneration("empty");
        try {
            LCFacts none = facts();
            assertThat(none.countsPerState()).isEmpty();
            assertThat(none.approvalRate()).isZero();
            assertThat(none.timeToDecision()).isEqualTo(new LCFacts.DurationFacts(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
        } finally {
            rebuilds.start(readModel.name());
            awaitProjected();
        }
        assertThat(facts()).isEqualTo(facts);
    }
}
