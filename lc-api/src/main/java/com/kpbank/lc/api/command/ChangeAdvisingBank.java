package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.AdvisingBank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the bank that advises the LC to the beneficiary. Allowed while the application is a draft. */
public record ChangeAdvisingBank(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid AdvisingBank advisingBank,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.CHANGE_ADVISING_BANK;
    }
}
