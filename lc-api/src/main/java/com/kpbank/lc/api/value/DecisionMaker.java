package com.kpbank.lc.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who decided an application: a trade finance manager by user name, or the auto-approval policy. */
public record DecisionMaker(@NotBlank @Size(max = 64) String name) {

    public static final DecisionMaker AUTO_APPROVAL = new DecisionMaker("auto-approval");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DecisionMaker {
    }

    public boolean isAutoApproval() {
        return AUTO_APPROVAL.equals(this);
    }

    @JsonValue
    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
