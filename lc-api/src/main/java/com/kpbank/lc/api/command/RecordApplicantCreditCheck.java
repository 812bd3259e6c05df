package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records Customer Onboarding's validation of the applicant's credit worthiness of a submitted application, once. */
public record RecordApplicantCreditCheck(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid Decision outcome,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.RECORD_APPLICANT_CREDIT_CHECK;
    }
}
