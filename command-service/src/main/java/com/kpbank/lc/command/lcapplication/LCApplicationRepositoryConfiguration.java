package com.kpbank.lc.command.lcapplication;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How LC applications are loaded:
 * <ul>
 *   <li>from a cache of the applications in memory, held by weak references (the garbage collector decides
 *       how many stay), so that the next task on an application does not read and deserialise its events
 *       again; a unit of work that rolls back evicts its application;</li>
 *   <li>otherwise from the event store, starting at the latest snapshot, taken after every
 *       {@code lc.command.snapshot-threshold} events (default 50), so that a long-lived application (many
 *       drafts' changes, reminders, checks) stays fast to load.</li>
 * </ul>
 * The cache assumes that one instance of the command service handles each application, as Axon Server's
 * routing of commands by application id does. Should another instance move a cached application on (e.g. by
 * delivering its reminder), the next command on it fails, because the event store refuses its events'
 * sequence numbers, and evicts it: the same command sent again succeeds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotSettings.class)
public class LCApplicationRepositoryConfiguration {

    static final String CACHE = "lcApplicationCache";
    static final String SNAPSHOT_TRIGGER = "lcApplicationSnapshotTrigger";

    @Bean(CACHE)
    public Cache lcApplicationCache() {
        return new WeakReferenceCache();
    }

    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition lcApplicationSnapshotTrigger(
            Snapshotter snapshotter, SnapshotSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotThreshold());
    }
}
