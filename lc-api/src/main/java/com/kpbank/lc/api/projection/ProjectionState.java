package com.kpbank.lc.api.projection;

/** What a projection's event processor is doing. */
public enum ProjectionState {
    /** processing events as they arrive */
    RUNNING,
    /** rebuilding its read model from the whole event history; queries still read the previous one */
    REPLAYING,
    /** at least one segment failed and is retrying */
    ERROR,
    /** not processing events */
    STOPPED
}
