/**
 * The operator's view of the read models (projections): their status, replay progress and parked
 * events, and the commands that rebuild them or deal with what they could not project.
 * <p>
 * Statuses are gathered by scatter-gather: every service that hosts read models answers
 * {@link com.kpbank.lc.api.projection.FindProjectionStatuses} for its own, so the gateway sees all of
 * them whether they run in one JVM or in many.
 * <p>
 * Operator commands name the projection they are meant for and are dispatched under
 * {@link com.kpbank.lc.api.projection.ProjectionOperatorCommand#commandName()}, a command name that
 * includes the projection's name: exactly one service handles it, in the one-JVM composition as well
 * as behind Axon Server, and a new read model needs no new command type.
 */
package com.kpbank.lc.api.projection;
