package com.kpbank.lc.api.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.api.value.Actor;

import java.time.Instant;
import java.util.List;

/** One page of an application's audit trail, oldest first, with the number of entries the viewer may see. */
public record LCApplicationHistoryPage(List<Entry> entries, int number, int size, long totalElements) {

    public LCApplicationHistoryPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    /**
     * What happened to the application: the event by its name in the domain's language and its data, who
     * made it happen ({@code null} for events stored before actors were recorded), when, and the version
     * of the application it made.
     */
    public record Entry(long version, String event, Instant at, Actor by, ObjectNode data) {
    }
}
