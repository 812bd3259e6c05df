package com.kpbank.lc.platform.projection;

import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionState;
import com.kpbank.lc.api.projection.ProjectionStatus;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.projection.ReplayProgress;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers the operator's status query for the read models of this service. The gateway sends it as
 * scatter-gather, so every service hosting read models answers for its own.
 */
public class ProjectionStatusQueries {

    /** At most this many parked events are listed in a status; the count is always complete. */
    static final int PARKED_LISTED = 20;

    private final ReadModelRebuilds rebuilds;
    private final ProjectionDeadLetters deadLetters;

    public ProjectionStatusQueries(ReadModelRebuilds rebuilds, ProjectionDeadLetters deadLetters) {
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
    }

    @QueryHandler
    public ProjectionStatuses handle(FindProjectionStatuses query) {
        return new ProjectionStatuses(rebuilds.readModels().stream().map(readModel -> status(readModel.name())).toList());
    }

    /** The status of the named read model of this service. */
    public ProjectionStatus status(String name) {
        StreamingEventProcessor processor = rebuilds.processor(name);
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        long position = ReadModelRebuilds.position(statuses);
        Optional<ReplayProgress> replay = rebuilds.progress(name);
        String error = statuses.stream().filter(EventTrackerStatus::isErrorState).map(EventTrackerStatus::getError)
                .filter(Objects::nonNull).map(Throwable::getMessage).collect(Collectors.joining("; "));
        ProjectionState state = !processor.isRunning() ? ProjectionState.STOPPED
                : !error.isEmpty() ? ProjectionState.ERROR
                : replay.isPresent() || processor.isReplaying() ? ProjectionState.REPLAYING
                : ProjectionState.RUNNING;
        return new ProjectionStatus(name, state, position, Math.max(0, rebuilds.headPosition() - position),
                rebuilds.readModel(name).liveGeneration(), replay.orElse(null),
                deadLetters.count(name), deadLetters.list(name, PARKED_LISTED), error.isEmpty() ? null : error);
    }
}
