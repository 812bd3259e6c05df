package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records Compliance's validation of the merchandise's value of a submitted application, once. */
public record RecordProductValueCheck(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid Decision outcome,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.RECORD_PRODUCT_VALUE_CHECK;
    }
}
