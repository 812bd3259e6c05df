package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.command.RecordProductLegalityCheck;
import com.kpbank.lc.api.command.RecordProductValueCheck;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import org.junit.jupiter.api.Test;

import static com.kpbank.lc.gateway.checks.ComplianceTranslator.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Compliance's screening results in our words. */
class ComplianceTranslatorTest {

    private final LCApplicationId id = LCApplicationId.newId();

    private ProductScreeningResult result(String screening, String verdict) {
        return new ProductScreeningResult(id.toString(), screening, verdict, "checked against market prices");
    }

    @Test
    void a_passed_value_screening_approves_the_product_value_check() {
        assertThat(translate(result("VALUE", "PASS")).toCommand(null))
                .isEqualTo(new RecordProductValueCheck(id, Decision.approved("checked against market prices"), null));
    }

    @Test
    void a_failed_value_screening_rejects_the_product_value_check() {
        assertThat(translate(result("VALUE", "FAIL")).toCommand(null))
                .isEqualTo(new RecordProductValueCheck(id, Decision.rejected("checked against market prices"), null));
    }

    @Test
    void a_passed_legality_screening_approves_the_product_legality_check() {
        assertThat(translate(result("LEGALITY", "PASS")).toCommand(null))
                .isEqualTo(new RecordProductLegalityCheck(id, Decision.approved("checked against market prices"), null));
    }

    @Test
    void a_failed_legality_screening_rejects_the_product_legality_check() {
        assertThat(translate(result("LEGALITY", "FAIL")).toCommand(null))
                .isEqualTo(new RecordProductLegalityCheck(id, Decision.rejected("checked against market prices"), null));
    }

    @Test
    void a_screening_referred_to_a_senior_analyst_is_not_an_outcome_yet() {
        assertThatThrownBy(() -> translate(result("VALUE", "REFER")))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("not a final verdict");
    }

    @Test
    void an_unknown_verdict_is_refused() {
        assertThatThrownBy(() -> translate(result("VALUE", "MAYBE")))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("unknown verdict 'MAYBE'");
    }

    @Test
    void a_missing_verdict_is_refused() {
        assertThatThrownBy(() -> translate(result("LEGALITY", null)))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("unknown verdict 'null'");
    }

    @Test
    void an_unknown_kind_of_screening_is_refused() {
        assertThatThrownBy(() -> translate(result("ORIGIN", "PASS")))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("unknown kind 'ORIGIN'");
    }

    @Test
    void a_reference_that_is_not_an_application_id_is_refused() {
        assertThatThrownBy(() -> translate(new ProductScreeningResult("LC-2024-001", "VALUE", "PASS", null)))
                .isInstanceOf(UntranslatableCheckMessage.class)
                .hasMessageContaining("'LC-2024-001', which is not an LC application id");
    }
}
