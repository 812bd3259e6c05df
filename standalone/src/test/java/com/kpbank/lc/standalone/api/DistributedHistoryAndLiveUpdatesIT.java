package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The history, as-of and live-update tests against the distributed deployment ({@link DistributedSystem}), so that
 * the subscription queries, the event store reads and the actor metadata cross Axon Server. Skipped, saying why,
 * when no Axon Server answers, or when the shared system is a distributed deployment already.
 */
class DistributedHistoryAndLiveUpdatesIT extends HistoryAndLiveUpdatesIT {

    /** In place of the standalone system's start: the distributed deployment's. */
    @BeforeAll
    @Override
    void start() {
        Assumptions.assumeFalse(DistributedSystem.selected(), "the shared distributed deployment uses the Axon Server:"
                + " a second deployment on it would share its commands, queries and events; run this test on its own");
        DistributedSystem system = DistributedSystem.start(SETTINGS);
        use(system.root(), system::close);
    }
}
