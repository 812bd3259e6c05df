package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A trade finance manager declines a submitted application, saying why. */
public record DeclineLCApplication(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid DecisionMaker declinedBy,
        @NotBlank @Size(max = 500) String reason,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.DECLINE;
    }
}
