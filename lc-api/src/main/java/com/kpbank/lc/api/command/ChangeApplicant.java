package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Party;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the importer who applies for the LC. Allowed while the application is a draft. */
public record ChangeApplicant(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid Party applicant,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.CHANGE_APPLICANT;
    }
}
