package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.api.value.LCApplicationId;

/** The payload of the deadline that sends an auto-approval again: its {@code attempt}-th try. */
record ApprovalRetry(int attempt) {

    /** Each application's retries have a deadline name of their own, so ending its process removes only those. */
    static String deadlineNameFor(LCApplicationId lcApplicationId) {
        return "lc-auto-approval-retry-" + lcApplicationId;
    }
}
