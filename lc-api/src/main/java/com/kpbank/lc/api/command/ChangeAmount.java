package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets the amount and currency of the LC and its tolerance: how many percent above the amount it may be drawn
 * (0 to {@value #MAX_TOLERANCE_PERCENT}; UCP 600 art. 30's "about" is 10). Allowed while the application is a draft.
 */
public record ChangeAmount(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @Valid Money amount,
        @Min(0) @Max(MAX_TOLERANCE_PERCENT) int tolerancePercent,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    public static final int MAX_TOLERANCE_PERCENT = 10;

    @Override
    public LCTask task() {
        return LCTask.CHANGE_AMOUNT;
    }
}
