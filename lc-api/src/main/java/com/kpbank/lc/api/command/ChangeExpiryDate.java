package com.kpbank.lc.api.command;

import com.kpbank.lc.api.value.CalendarDate;
import com.kpbank.lc.api.value.LCApplicationId;
import java.time.LocalDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the date the LC expires. Allowed while the application is a draft. */
public record ChangeExpiryDate(
        @NotNull @Valid @TargetAggregateIdentifier LCApplicationId lcApplicationId,
        @NotNull @CalendarDate LocalDate expiryDate,
        @TargetAggregateVersion Long expectedVersion) implements LCApplicationCommand {

    @Override
    public LCTask task() {
        return LCTask.CHANGE_EXPIRY_DATE;
    }
}
