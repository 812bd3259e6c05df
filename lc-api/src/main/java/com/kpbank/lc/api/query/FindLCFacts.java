package com.kpbank.lc.api.query;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The LC facts for analysis (the analytics read model), over the applications this viewer may see
 * (API.md, "Who may see what"): the bank's staff the submitted and decided ones, an applicant its own.
 * Answers {@link LCFacts}.
 */
public record FindLCFacts(@NotNull @Valid Viewer viewer) {
}
