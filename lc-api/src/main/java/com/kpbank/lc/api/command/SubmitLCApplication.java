package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands a complete draft to the bank for checking and decision. */
public record SubmitLCApplication(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.SUBMIT;
    }
}
