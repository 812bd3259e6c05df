package com.kpbank.lc.api.query;

import com.kpbank.lc.api.value.IsoCurrency;
import com.kpbank.lc.api.value.LCState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Fuzzy search (typos tolerated) over client reference, parties' names and merchandise descriptions,
 * narrowed by filters; every filter is optional. Best match first, or most recently started first when
 * there is no text. Answers an {@link LCApplicationPage} of what the viewer may see.
 *
 * @param startedFrom first day (inclusive) the application was started on
 * @param startedTo   last day (inclusive) the application was started on
 */
public record SearchLCApplications(
        @NotNull @Valid Viewer viewer,
        @Size(max = 200) String text,
        Set<LCState> states,
        @IsoCurrency String currency,
        @PositiveOrZero BigDecimal minAmount,
        @PositiveOrZero BigDecimal maxAmount,
        LocalDate startedFrom,
        LocalDate startedTo,
        @NotNull @Valid PageRequest page) {

    public SearchLCApplications {
        states = states == null ? Set.of() : Set.copyOf(states);
    }
}
