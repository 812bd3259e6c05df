package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Conditions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the terms of payment and shipment. Allowed while the application is a draft. */
public record ChangeConditions(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid Conditions conditions,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.CHANGE_CONDITIONS;
    }
}
