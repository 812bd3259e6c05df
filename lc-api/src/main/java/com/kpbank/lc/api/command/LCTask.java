package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCState;

import java.util.EnumSet;
import java.util.Set;

import static com.kpbank.lc.api.value.LCState.DRAFT;
import static com.kpbank.lc.api.value.LCState.SUBMITTED;

/**
 * The tasks of an LC application and the states each is allowed in: DOMAIN.md's "allowed when", written
 * once. The aggregate refuses a task in any other state, and the API offers a task only in these states.
 */
public enum LCTask {
    /** always: a start of an application that exists is refused as already existing */
    START("start"),
    CHANGE_APPLICANT("change the applicant of", DRAFT),
    CHANGE_BENEFICIARY("change the beneficiary of", DRAFT),
    CHANGE_ADVISING_BANK("change the advising bank of", DRAFT),
    CHANGE_AMOUNT("change the amount of", DRAFT),
    CHANGE_MERCHANDISE("change the merchandise of", DRAFT),
    CHANGE_REQUIRED_DOCUMENTS("change the required documents of", DRAFT),
    CHANGE_CONDITIONS("change the conditions of", DRAFT),
    CHANGE_EXPIRY_DATE("change the expiry date of", DRAFT),
    SUBMIT("submit", DRAFT),
    APPROVE("approve", SUBMITTED),
    DECLINE("decline", SUBMITTED),
    CANCEL("cancel", DRAFT, SUBMITTED),
    RECORD_PRODUCT_VALUE_CHECK("record the product value check of", SUBMITTED),
    RECORD_PRODUCT_LEGALITY_CHECK("record the product legality check of", SUBMITTED),
    RECORD_APPLICANT_CREDIT_CHECK("record the applicant credit check of", SUBMITTED);

    private final String description;
    private final Set<LCState> allowedIn;

    LCTask(String description, LCState... allowedIn) {
        this.description = description;
        this.allowedIn = allowedIn.length == 0 ? Set.of() : EnumSet.of(allowedIn[0], allowedIn);
    }

    /** Whether the task is allowed in this state; one listed in no state is allowed always, even before the application exists. */
    public boolean isAllowedIn(LCState state) {
        return allowedIn.isEmpty() || allowedIn.contains(state);
    }

    /** The task as a verb phrase about "an application", e.g. {@code change the amount of}. */
    public String description() {
        return description;
    }
}
