package com.kpbank.lc.api.query;

/** The lists the bank works from (event-storming board). */
public enum WorkQueue {
    /** submitted, product value or legality not yet validated */
    PENDING_PRODUCT_VALIDATION,
    /** submitted, applicant credit not yet validated */
    PENDING_APPLICANT_VALIDATION,
    /** submitted, not yet decided */
    PENDING_APPROVAL,
    APPROVED
}
