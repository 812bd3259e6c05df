package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone system killed with SIGKILL five times while clients drive lifecycles, started again each time on
 * its data: every acknowledged action is stored, nothing is stored twice, both read models reflect every stored
 * event exactly once, and reminders and auto-approvals go on (see {@link CrashTrials}). The seed is fixed so that
 * a failure replays; {@code -Dlc.crash.seed} draws another.
 */
class CrashIT {

    private static final int KILLS = 5;

    @Test
    void nothing_acknowledged_is_lost_and_nothing_is_done_twice_across_kills() {
        long seed = Long.getLong("lc.crash.seed", 20261202L);
        CrashTrials trials = new CrashTrials(seed, KILLS);
        CrashTrials.Figures figures = trials.run();
        figures.print();

        assertThat(figures.acknowledged()).as("actions acknowledged").isGreaterThan(KILLS * 10L);
        assertThat(figures.lost()).as("acknowledged actions not stored").isZero();
        assertThat(figures.duplicates()).as("events stored more often than sent or due").isEmpty();
        assertThat(figures.disagreements()).as("what disagrees with the event store; the system's output is in "
                                                       + trials.dataDir().resolve("system.log")).isEmpty();
    }
}
