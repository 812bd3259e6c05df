package com.kpbank.lc.platform.projection;

import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The batch of changes a projection writes per unit of work: one per batch of its tracking processor,
 * written in one round trip to the store when the unit of work commits. While a parked event is retried
 * (the unit of work carries its {@link DeadLetter}), the batch is written when the handler returns, so
 * that a write the store refuses again fails the handler and the dead-letter queue keeps the event parked,
 * as it does for any handler failure (a failure at commit would not reach the queue's policy).
 */
public final class ProjectionBatches {

    private ProjectionBatches() {
    }

    /** Records a change in the current unit of work's batch of this type, created by {@code create} with its writing by {@code write}. */
    public static <B> void record(Class<B> type, Supplier<B> create, Consumer<B> write, Consumer<B> change) {
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (isRetryingAParkedEvent(current)) {
            B batch = create.get();
            change.accept(batch);
            write.accept(batch);
            return;
        }
        UnitOfWork<?> root = current.root();
        change.accept(root.getOrComputeResource(type.getName(), key -> {
            B created = create.get();
            root.onPrepareCommit(committing -> write.accept(created));
            return created;
        }));
    }

    /** Whether this unit of work, or one it is nested in, hands a parked event to its projection again. */
    static boolean isRetryingAParkedEvent(UnitOfWork<?> unitOfWork) {
        for (UnitOfWork<?> level = unitOfWork; level != null; level = level.parent().orElse(null)) {
            if (level.getResource(DeadLetter.class.getName()) != null) {
                return true;
            }
        }
        return false;
    }
}
