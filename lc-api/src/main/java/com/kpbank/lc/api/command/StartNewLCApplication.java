package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a draft. The caller chooses the id, so that a retried start (same id) creates nothing new.
 */
public record StartNewLCApplication(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid ApplicantId applicantId,
        @NotNull @Valid ClientReference clientReference) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.START;
    }
}
