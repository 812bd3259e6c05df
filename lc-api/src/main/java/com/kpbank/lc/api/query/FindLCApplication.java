package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * One application by id, if this viewer may see it. Answers an {@code Optional<LCApplicationView>};
 * as a subscription query, its updates are the application's new versions.
 */
public record FindLCApplication(@NotNull @Valid LCApplicationId lcApplicationId, @NotNull @Valid Viewer viewer) {
}
