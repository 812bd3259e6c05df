package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * One application as it was at an instant, rebuilt from its events up to then, if this viewer may see it
 * as it is now and as it was then. Answers an {@code Optional<LCApplicationView>}, empty before it started.
 */
public record FindLCApplicationAsOf(@NotNull @Valid LCApplicationId lcApplicationId, @NotNull @Valid Viewer viewer,
                                    @NotNull Instant asOf) {
}
