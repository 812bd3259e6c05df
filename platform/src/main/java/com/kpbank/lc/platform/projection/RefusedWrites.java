package com.kpbank.lc.platform.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Isolates an application whose changes a read model's store refuses when a batch is written — a
 * document the store cannot index, a value it cannot hold — so that one application's data never stops
 * a read model. A projection writes its batch when the unit of work commits, after every handler ran, so
 * the dead-letter queue cannot see which event failed; this closes the gap in two steps:
 * <ol>
 *   <li>the batch writes what the store takes, then {@link #refuse}s the batch naming the applications
 *       it refused: the processor rolls the batch back and hands it again (what was written is written
 *       again, which the read models' version checks make a no-op);</li>
 *   <li>handed again, the first event of each refused application fails its handler at
 *       {@link #parkIfRefused}, before anything is recorded, so the dead-letter queue parks it with the
 *       later events of its application, and the rest of the batch goes through.</li>
 * </ol>
 * Retrying the parked events writes them again: if the store still refuses them, they stay parked (a
 * refusal while a dead letter is processed is not remembered, so the next retry tries the store again).
 * A failure of the store as a whole (unreachable, timing out) is not a refusal: the batch fails whole
 * and the processor retries it, as before.
 */
public final class RefusedWrites {

    private final Map<String, String> refused = new ConcurrentHashMap<>();

    /** Remembers why the store refused each of these applications, and answers the failure that rolls the batch back. */
    public RuntimeException refuse(Map<String, String> reasonsByApplication) {
        boolean retryingParked = CurrentUnitOfWork.map(ProjectionBatches::isRetryingAParkedEvent).orElse(false);
        if (!retryingParked) {
            refused.putAll(reasonsByApplication);
        }
        return new IllegalStateException("the store refused the changes of " + reasonsByApplication.size()
                + " application(s), to be parked when the batch is handed again: " + reasonsByApplication);
    }

    /** Fails (once) for an application whose changes the store refused, so that its event is parked. */
    public void parkIfRefused(String applicationId) {
        String reason = refused.remove(applicationId);
        if (reason != null) {
            throw new RefusedByTheStore(applicationId, reason);
        }
    }

    /** The store refused an application's changes: its events are parked rather than retried with every batch. */
    public static final class RefusedByTheStore extends RuntimeException {
        RefusedByTheStore(String applicationId, String reason) {
            super("the read model's store refused the changes of LC application " + applicationId + ": " + reason);
        }
    }
}
