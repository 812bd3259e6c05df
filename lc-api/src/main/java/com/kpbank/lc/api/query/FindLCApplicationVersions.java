package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The versions of one application after a version a client saw, oldest first, rebuilt from its events:
 * at most {@value #MAX} of them, each as this viewer may see it. What a resumed live view missed. Answers an
 * {@link LCApplicationVersions}, empty when the viewer may not see the application.
 */
public record FindLCApplicationVersions(@NotNull @Valid LCApplicationId lcApplicationId, @NotNull @Valid Viewer viewer,
                                        @Min(-1) long after) {

    public static final int MAX = 100;
}
