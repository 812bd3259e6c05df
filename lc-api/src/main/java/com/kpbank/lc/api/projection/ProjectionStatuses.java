package com.kpbank.lc.api.projection;

import java.util.List;

/**
 * One service's answer to {@link FindProjectionStatuses}: the statuses of the projections it hosts. A record, not a
 * bare list, so that its elements keep their type across Axon Server (a serialized {@code List} comes back as a
 * list of maps, which no {@code multipleInstancesOf} response type accepts).
 */
public record ProjectionStatuses(List<ProjectionStatus> projections) {

    public ProjectionStatuses {
        projections = List.copyOf(projections);
    }
}
