package com.kpbank.lc.api.projection;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a rebuild of a read model has come. Events that arrive during the rebuild are projected
 * too, after {@code eventsTotal}.
 *
 * @param generation         the generation being built
 * @param startedAt          when the rebuild began
 * @param eventsDone         events of the history replayed so far
 * @param eventsTotal        events in the history when the rebuild began
 * @param percent            {@code eventsDone / eventsTotal}, 0 to 100
 * @param estimatedTimeLeft  at the speed seen so far; {@code null} until the first events are done
 */
public record ReplayProgress(
        String generation,
        Instant startedAt,
        long eventsDone,
        long eventsTotal,
        double percent,
        Duration estimatedTimeLeft) {
}
