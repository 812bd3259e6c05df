package com.kpbank.lc.gateway.checks;

import com.kpbank.lc.api.command.LCApplicationCommand;
import com.kpbank.lc.api.command.RecordApplicantCreditCheck;
import com.kpbank.lc.api.command.RecordProductLegalityCheck;
import com.kpbank.lc.api.command.RecordProductValueCheck;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;

/** The three checks another bounded context performs on a submitted application, each recorded by its own command. */
public enum CheckKind {
    PRODUCT_VALUE,
    PRODUCT_LEGALITY,
    APPLICANT_CREDIT;

    /** The command that records this check's outcome. */
    LCApplicationCommand record(LCApplicationId id, Decision outcome, Long expectedVersion) {
        return switch (this) {
            case PRODUCT_VALUE -> new RecordProductValueCheck(id, outcome, expectedVersion);
            case PRODUCT_LEGALITY -> new RecordProductLegalityCheck(id, outcome, expectedVersion);
            case APPLICANT_CREDIT -> new RecordApplicantCreditCheck(id, outcome, expectedVersion);
        };
    }
}
