package com.kpbank.lc.command.lcapplication;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of an LC application after every {@code lc.command.snapshot-threshold} events (default 50), so
 * that loading a long-lived application (many drafts' changes, reminders, checks) stays fast.
 */
@Configuration(proxyBeanMethods = false)
public class LCApplicationSnapshotConfiguration {

    static final String SNAPSHOT_TRIGGER = "lcApplicationSnapshotTrigger";

    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition lcApplicationSnapshotTrigger(
            Snapshotter snapshotter, @Value("${lc.command.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
