package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A trade finance manager, or the auto-approval policy, approves a submitted application. */
public record ApproveLCApplication(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid DecisionMaker approvedBy,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.APPROVE;
    }
}
