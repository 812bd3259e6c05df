package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.command.RecordApplicantCreditCheck;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import org.junit.jupiter.api.Test;

import static com.kpbank.lc.gateway.checks.OnboardingTranslator.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customer Onboarding's credit assessments in our words. */
class OnboardingTranslatorTest {

    private final LCApplicationId id = LCApplicationId.newId();

    private CreditAssessment assessment(String recommendation) {
        return new CreditAssessment(id.toString(), recommendation, "B", "stable turnover");
    }

    @Test
    void a_granted_credit_approves_the_applicant_credit_check_with_the_risk_grade_in_the_remarks() {
        assertThat(translate(assessment("GRANT")).toCommand(7L))
                .isEqualTo(new RecordApplicantCreditCheck(id, Decision.approved("risk grade B: stable turnover"), 7L));
    }

    @Test
    void a_declined_credit_rejects_the_applicant_credit_check() {
        assertThat(translate(assessment("DECLINE")).toCommand(null))
                .isEqualTo(new RecordApplicantCreditCheck(id, Decision.rejected("risk grade B: stable turnover"), null));
    }

    @Test
    void an_assessment_without_grade_or_comment_still_says_so_in_the_remarks() {
        assertThat(translate(new CreditAssessment(id.toString(), "GRANT", null, null)).outcome())
                .isEqualTo(Decision.approved("risk grade unknown"));
    }

    @Test
    void an_assessment_waiting_for_documents_is_not_an_outcome_yet() {
        assertThatThrownBy(() -> translate(assessment("PENDING_DOCUMENTS")))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("not a final recommendation");
    }

    @Test
    void an_unknown_recommendation_is_refused() {
        assertThatThrownBy(() -> translate(assessment("ESCALATE")))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("unknown recommendation 'ESCALATE'");
    }

    @Test
    void a_reference_that_is_not_an_application_id_is_refused() {
        assertThatThrownBy(() -> translate(new CreditAssessment(null, "GRANT", "A", null)))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("not an LC application id");
    }
}
