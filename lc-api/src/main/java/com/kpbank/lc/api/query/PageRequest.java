package com.kpbank.lc.api.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A zero-based page of at most {@value #MAX_SIZE} results. */
public record PageRequest(@Min(0) @Max(10_000) int page, @Min(1) @Max(MAX_SIZE) int size) {

    public static final int MAX_SIZE = 100;

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
