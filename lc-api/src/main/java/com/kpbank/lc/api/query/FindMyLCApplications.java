package com.kpbank.lc.api.query;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The viewer's own applications, drafts first, then the most recently started. Answers an {@link LCApplicationPage}. */
public record FindMyLCApplications(@NotNull @Valid Viewer viewer, @NotNull @Valid PageRequest page) {
}
