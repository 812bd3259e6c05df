package com.kpbank.lc.api.projection;

/**
 * The status of every projection. Sent as a scatter-gather query: each service answers with the
 * {@link ProjectionStatuses} of the projections it hosts.
 */
public record FindProjectionStatuses() {
}
