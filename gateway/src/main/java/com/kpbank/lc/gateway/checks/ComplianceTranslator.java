package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.Decision;
import org.springframework.stereotype.Component;

/**
 * Translates Compliance's screening results into our product value and product legality check outcomes,
 * and records them through the intake.
 */
@Component
public class ComplianceTranslator {

    private static final String CONTEXT = "Compliance";

    private final CheckOutcomeIntake intake;

    public ComplianceTranslator(CheckOutcomeIntake intake) {
        this.intake = intake;
    }

    /** Records the screening result; refusals of the application surface as from {@link CheckOutcomeIntake}. */
    public void receive(ProductScreeningResult result) {
        intake.record(translate(result), null, Actor.context(CONTEXT));
    }

    /** @throws UntranslatableCheckMessage when the result says nothing we can record */
    public static CheckOutcome translate(ProductScreeningResult result) {
        return new CheckOutcome(kindOf(result.screening()),
                ForeignReferences.lcApplicationId(result.lcReference(), CONTEXT),
                decisionOf(result.verdict(), result.analystNotes()));
    }

    private static CheckKind kindOf(String screening) {
        return switch (String.valueOf(screening)) {
            case "VALUE" -> CheckKind.PRODUCT_VALUE;
            case "LEGALITY" -> CheckKind.PRODUCT_LEGALITY;
            default -> throw new UntranslatableCheckMessage(
                    CONTEXT + " sent a screening of unknown kind '" + screening + "' (expected VALUE or LEGALITY)");
        };
    }

    private static Decision decisionOf(String verdict, String notes) {
        return switch (String.valueOf(verdict)) {
            case "PASS" -> Decision.approved(notes);
            case "FAIL" -> Decision.rejected(notes);
            case "REFER" -> throw new UntranslatableCheckMessage(
                    CONTEXT + " referred the screening to a senior analyst: not a final verdict, nothing to record yet");
            default -> throw new UntranslatableCheckMessage(
                    CONTEXT + " sent an unknown verdict '" + verdict + "' (expected PASS, FAIL or REFER)");
        };
    }
}
