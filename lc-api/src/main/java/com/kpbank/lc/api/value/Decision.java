package com.kpbank.lc.api.value;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A check's outcome with the analyst's remarks. */
public record Decision(@NotNull CheckDecision decision, @Size(max = 500) String remarks) {

    public static Decision approved(String remarks) {
        return new Decision(CheckDecision.APPROVED, remarks);
    }

    public static Decision rejected(String remarks) {
        return new Decision(CheckDecision.REJECTED, remarks);
    }

    public boolean isApproved() {
        return decision == CheckDecision.APPROVED;
    }
}
