package com.kpbank.lc.gateway.lcapplication;

import java.util.Arrays;
import java.util.Optional;

/**
 * A task a user may take on one LC application: each is a link relation, a HAL-FORMS template and a
 * {@code POST /lc-applications/{id}/{name}} of the same name.
 */
public enum Action {
    CHANGE_APPLICANT,
    CHANGE_BENEFICIARY,
    CHANGE_ADVISING_BANK,
    CHANGE_AMOUNT,
    CHANGE_MERCHANDISE,
    CHANGE_DOCUMENTS,
    CHANGE_CONDITIONS,
    CHANGE_EXPIRY_DATE,
    SUBMIT,
    CANCEL,
    APPROVE,
    DECLINE,
    RECORD_PRODUCT_VALUE_CHECK,
    RECORD_PRODUCT_LEGALITY_CHECK,
    RECORD_APPLICANT_CREDIT_CHECK;

    /** The name clients know: the link relation, template name and last path segment. */
    public String relation() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<Action> byRelation(String relation) {
        return Arrays.stream(values()).filter(action -> action.relation().equals(relation)).findFirst();
    }
}
