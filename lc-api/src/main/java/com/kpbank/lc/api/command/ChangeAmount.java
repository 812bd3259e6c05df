package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the amount and currency of the LC. Allowed while the application is a draft. */
public record ChangeAmount(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid Money amount,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.CHANGE_AMOUNT;
    }
}
