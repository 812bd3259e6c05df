package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The applicant withdraws a draft or submitted application, saying why. */
public record CancelLCApplication(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotBlank @Size(max = 500) String reason,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.CANCEL;
    }
}
