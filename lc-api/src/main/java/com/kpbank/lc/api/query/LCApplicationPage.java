package com.kpbank.lc.api.query;

import java.util.List;

/** One page of applications, with the totals a client needs to page through all of them. */
public record LCApplicationPage(List<LCApplicationView> content, int number, int size, long totalElements) {

    public LCApplicationPage {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}
