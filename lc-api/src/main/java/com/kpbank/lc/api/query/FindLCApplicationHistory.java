package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A page of one application's audit trail from the event store, oldest first: the entries this viewer may
 * see, of an application it may see. Answers an {@code Optional<LCApplicationHistoryPage>}, empty when the
 * viewer may not see the application (or there is none).
 */
public record FindLCApplicationHistory(@NotNull @Valid LCApplicationId lcApplicationId, @NotNull @Valid Viewer viewer,
                                       @NotNull @Valid PageRequest page) {
}
