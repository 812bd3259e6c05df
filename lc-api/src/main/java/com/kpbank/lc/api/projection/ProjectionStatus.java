package com.kpbank.lc.api.projection;

import java.util.List;

/**
 * One projection (read model) as an operator sees it.
 *
 * @param name        the projection's name, which is also its event processor's name (e.g. {@code lc-analytics})
 * @param state       what its processor is doing
 * @param position    the position in the event stream it has processed up to; -1 before the first event
 * @param lag         events in the store it has not processed yet
 * @param generation  the generation of the read model that queries read
 * @param replay      the progress of a running rebuild; {@code null} when none runs
 * @param deadLetters the number of events parked because the projection could not handle them
 * @param parked      the parked events, oldest sequences first (at most a page of them)
 * @param error       why the processor is in {@link ProjectionState#ERROR}; {@code null} otherwise
 */
public record ProjectionStatus(
        String name,
        ProjectionState state,
        long position,
        long lag,
        String generation,
        ReplayProgress replay,
        long deadLetters,
        List<DeadLetter> parked,
        String error) {

    public ProjectionStatus {
        parked = parked == null ? List.of() : List.copyOf(parked);
    }
}
