package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.LCState;

import java.util.function.Predicate;

/** The lists the bank works from (event-storming board), and which applications each holds. */
public enum WorkQueue {
    /** submitted, product value or legality not yet validated */
    PENDING_PRODUCT_VALIDATION(view -> view.state() == LCState.SUBMITTED
            && (view.productValueCheck() == null || view.productLegalityCheck() == null)),
    /** submitted, applicant credit not yet validated */
    PENDING_APPLICANT_VALIDATION(view -> view.state() == LCState.SUBMITTED && view.applicantCreditCheck() == null),
    /** submitted, not yet decided */
    PENDING_APPROVAL(view -> view.state() == LCState.SUBMITTED),
    APPROVED(view -> view.state() == LCState.APPROVED);

    private final Predicate<LCApplicationView> holds;

    WorkQueue(Predicate<LCApplicationView> holds) {
        this.holds = holds;
    }

    /** Whether the queue holds the application as it is in this view (what the search read model's query selects). */
    public boolean holds(LCApplicationView view) {
        return holds.test(view);
    }
}
