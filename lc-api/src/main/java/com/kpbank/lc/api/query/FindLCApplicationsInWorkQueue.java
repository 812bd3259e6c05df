package com.kpbank.lc.api.query;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The applications in one of the bank's work queues, oldest submission first. Answers an {@link LCApplicationPage}. */
public record FindLCApplicationsInWorkQueue(@NotNull WorkQueue queue, @NotNull @Valid Viewer viewer, @NotNull @Valid PageRequest page) {
}
