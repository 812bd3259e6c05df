/**
 * The operations every read model (projection) shares, so each read model only says how it stores
 * its data. A read model joins by being a {@link com.kpbank.lc.platform.projection.RebuildableReadModel}
 * bean and by configuring its processor with {@link com.kpbank.lc.platform.projection.ProjectionProcessors}:
 * <ul>
 *   <li>a tracking event processor named like the read model, its tokens durable in the token store
 *       of the platform (JPA in the embedded deployment);</li>
 *   <li>a durable dead-letter queue per processing group: an event the projection cannot handle is
 *       parked, with the later events of its application, while the other applications keep flowing;
 *       an operator lists, retries or drops parked events ({@link com.kpbank.lc.platform.projection.ProjectionDeadLetters});</li>
 *   <li>a rebuild from the whole event history into a new generation of the read model while the
 *       current one keeps answering queries, then an atomic switch
 *       ({@link com.kpbank.lc.platform.projection.ReadModelRebuilds}), with its progress in the
 *       status query, in the log and as the gauge {@code lc.projection.replay.progress{projection}};</li>
 *   <li>the operator's side of the published language ({@code com.kpbank.lc.api.projection}): the
 *       status query answered by every service for its own read models, and the operator commands,
 *       handled under a command name that includes the read model's name
 *       ({@link com.kpbank.lc.platform.projection.ProjectionOperatorCommandHandlers}).</li>
 * </ul>
 * The beans come from {@link com.kpbank.lc.platform.projection.ProjectionAutoConfiguration} and only
 * exist in an application that hosts at least one read model.
 */
package com.kpbank.lc.platform.projection;
