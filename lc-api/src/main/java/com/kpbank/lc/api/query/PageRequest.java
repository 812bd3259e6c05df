package com.kpbank.lc.api.query;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A zero-based page of at most {@value #MAX_SIZE} results, ending within the first {@value #WINDOW}
 * results: as far as a search read model pages (Elasticsearch's {@code index.max_result_window}).
 */
public record PageRequest(@Min(0) @Max(WINDOW) int page, @Min(1) @Max(MAX_SIZE) int size) {

    public static final int MAX_SIZE = 100;
    public static final int WINDOW = 10_000;

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }

    /** The last page number of this size that ends within the window. */
    public static int lastPageWithinWindow(int size) {
        return WINDOW / size - 1;
    }

    @AssertTrue(message = "must end within the first " + WINDOW + " results")
    boolean isWithinWindow() {
        return page <= lastPageWithinWindow(Math.max(size, 1));
    }
}
