package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.Decision;
import org.springframework.stereotype.Component;

/**
 * Translates Customer Onboarding's credit assessments into our applicant credit check outcomes, and
 * records them through the intake. The risk grade has no place in our language but matters to the
 * manager who decides: it goes into the remarks.
 */
@Component
public class OnboardingTranslator {

    private static final String CONTEXT = "Customer Onboarding";

    private final CheckOutcomeIntake intake;

    public OnboardingTranslator(CheckOutcomeIntake intake) {
        this.intake = intake;
    }

    /** Records the assessment; refusals of the application surface as from {@link CheckOutcomeIntake}. */
    public void receive(CreditAssessment assessment) {
        intake.record(translate(assessment), null, Actor.context(CONTEXT));
    }

    /** @throws UntranslatableCheckMessage when the assessment says nothing we can record */
    public static CheckOutcome translate(CreditAssessment assessment) {
        return new CheckOutcome(CheckKind.APPLICANT_CREDIT,
                ForeignReferences.lcApplicationId(assessment.applicationRef(), CONTEXT),
                decisionOf(assessment));
    }

    private static Decision decisionOf(CreditAssessment assessment) {
        String remarks = remarks(assessment);
        return switch (String.valueOf(assessment.recommendation())) {
            case "GRANT" -> Decision.approved(remarks);
            case "DECLINE" -> Decision.rejected(remarks);
            case "PENDING_DOCUMENTS" -> throw new UntranslatableCheckMessage(
                    CONTEXT + " still waits for documents: not a final recommendation, nothing to record yet");
            default -> throw new UntranslatableCheckMessage(CONTEXT + " sent an unknown recommendation '"
                    + assessment.recommendation() + "' (expected GRANT, DECLINE or PENDING_DOCUMENTS)");
        };
    }

    private static String remarks(CreditAssessment assessment) {
        String grade = assessment.riskGrade() == null ? "risk grade unknown" : "risk grade " + assessment.riskGrade();
        return assessment.assessorComment() == null ? grade : grade + ": " + assessment.assessorComment();
    }
}
