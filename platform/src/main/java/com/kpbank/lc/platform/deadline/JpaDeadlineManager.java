package com.kpbank.lc.platform.deadline;

import jakarta.persistence.EntityManager;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanScope;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A durable deadline manager whose deadlines are rows of the application's own database ({@link StoredDeadline}),
 * written and removed in the transaction of the command that schedules or cancels them: a deadline exists
 * exactly when the events of the command that scheduled it were stored. Scheduling costs one insert and a
 * cancellation one delete by an index, where a Quartz job store takes a scheduler lock and writes (or
 * reads and deletes) a job and its triggers through a serialised data map.
 * <p>
 * Due deadlines are found by polling, every {@code pollInterval}. Each is delivered in a unit of work of its own,
 * whose transaction also removes the row: the deadline's effects (e.g. the aggregate's events) are stored
 * together with its removal or not at all. The removal comes last, after the scope has handled the deadline,
 * so that it takes its locks in the same order as a command that cancels the deadline of that scope; if the row
 * is gone by then (cancelled, or delivered by another instance sharing the database), the delivery is rolled
 * back. A delivery that fails stays stored and is tried again after {@code retryDelay}, with a warning.
 */
public class JpaDeadlineManager extends AbstractDeadlineManager implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(JpaDeadlineManager.class);
    /** After Axon's own configuration starts, before it stops: deliveries need the aggregates' repositories. */
    private static final int PHASE = Integer.MAX_VALUE - 1024;
    private static final int DUE_PER_QUERY = 100;

    private final ScopeAwareProvider scopeAwareProvider;
    private final Serializer serializer;
    private final TransactionManager transactionManager;
    private final EntityManagerProvider entityManagerProvider;
    private final DeadlineManagerSpanFactory spanFactory;
    private final Duration pollInterval;
    private final Duration retryDelay;
    private ScheduledExecutorService poller;

    public JpaDeadlineManager(ScopeAwareProvider scopeAwareProvider, Serializer serializer,
                              TransactionManager transactionManager, EntityManagerProvider entityManagerProvider,
                              DeadlineManagerSpanFactory spanFactory, Duration pollInterval, Duration retryDelay) {
        this.scopeAwareProvider = scopeAwareProvider;
        this.serializer = serializer;
        this.transactionManager = transactionManager;
        this.entityManagerProvider = entityManagerProvider;
        this.spanFactory = spanFactory;
        this.pollInterval = pollInterval;
        this.retryDelay = retryDelay;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        DeadlineMessage<Object> deadlineMessage = GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime);
        String scheduleId = IdentifierFactory.getInstance().generateIdentifier();
        Span span = spanFactory.createScheduleSpan(deadlineName, scheduleId, deadlineMessage);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> {
            DeadlineMessage<Object> message = processDispatchInterceptors(spanFactory.propagateContext(deadlineMessage));
            SerializedObject<String> scope = serializer.serialize(deadlineScope, String.class);
            SerializedObject<String> payload = message.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
            inTransaction(entityManager -> entityManager.persist(new StoredDeadline(
                    scheduleId, deadlineName, scope.getType().getName(), scope.getData(), message.getIdentifier(),
                    payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData.getData(),
                    triggerDateTime)));
        }));
        return scheduleId;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        Span span = spanFactory.createCancelScheduleSpan(deadlineName, scheduleId);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> removeAll(
                "delete from lc_deadline where deadline_name = ? and schedule_id = ?", deadlineName, scheduleId)));
    }

    @Override
    public void cancelAll(String deadlineName) {
        Span span = spanFactory.createCancelAllSpan(deadlineName);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> removeAll(
                "delete from lc_deadline where deadline_name = ?", deadlineName)));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        Span span = spanFactory.createCancelAllWithinScopeSpan(deadlineName, scope);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> removeAll(
                "delete from lc_deadline where deadline_name = ? and scope = ?",
                deadlineName, serializer.serialize(scope, String.class).getData())));
    }

    /**
     * Removes the deadlines an SQL {@code delete} finds by an index, on the transaction's own connection, after what
     * the transaction wrote so far (a deadline scheduled earlier in it) is flushed. Hibernate translates a JPQL
     * {@code delete}, and parses a native one, anew for each execution; reading the deadlines and removing each
     * was most of what reminders cost a command (see the README's Benchmarks). The table is named as the connection's
     * schema resolves it: in the distributed deployment {@code spring.datasource.hikari.schema}, the same schema as
     * Hibernate's {@code default_schema} (both {@code lc.database.schema}).
     */
    private void removeAll(String delete, Object... parameters) {
        inTransaction(entityManager -> {
            entityManager.flush();
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(delete)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    statement.executeUpdate();
                }
            });
        });
    }

    /** Delivers every deadline due now, oldest first. */
    private void deliverDue() {
        Instant now = Instant.now();
        List<StoredDeadline> due;
        do {
            due = transactionManager.fetchInTransaction(() -> entityManager()
                    .createQuery("select d from StoredDeadline d where d.triggerAt <= :now order by d.triggerAt", StoredDeadline.class)
                    .setParameter("now", now)
                    .setMaxResults(DUE_PER_QUERY)
                    .getResultList());
            due.forEach(this::deliver);
        } while (due.size() == DUE_PER_QUERY);
    }

    /** Delivers one deadline; one that cannot be read or delivered is postponed, never holding up the others. */
    private void deliver(StoredDeadline deadline) {
        Throwable failure;
        try {
            failure = deliver(deadline, messageOf(deadline), serializer.deserialize(
                    new SimpleSerializedObject<>(deadline.scope(), String.class, deadline.scopeType(), null)));
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure instanceof DeadlineGone) {
            logger.debug(failure.getMessage());
        } else if (failure != null) {
            postpone(deadline, failure);
        }
    }

    /** Delivers the message to its scope in a unit of work that removes the deadline; answers why it failed, if it did. */
    private Throwable deliver(StoredDeadline deadline, DeadlineMessage<?> message, ScopeDescriptor scope) {
        Span span = spanFactory.createExecuteSpan(deadline.deadlineName(), deadline.scheduleId(), message).start();
        try (SpanScope ignored = span.makeCurrent()) {
            DefaultUnitOfWork<DeadlineMessage<?>> unitOfWork = new DefaultUnitOfWork<>(message);
            unitOfWork.attachTransaction(transactionManager);
            DefaultInterceptorChain<DeadlineMessage<?>> chain = new DefaultInterceptorChain<>(unitOfWork, handlerInterceptors(), delivered -> {
                deliverTo(scope, delivered);
                unitOfWork.onPrepareCommit(delivering -> remove(deadline));
                return null;
            });
            Throwable failure;
            try {
                ResultMessage<?> result = unitOfWork.executeWithResult(chain::proceed);
                failure = result.isExceptional() ? result.exceptionResult() : null;
            } catch (Exception e) {
                failure = e;
            }
            if (failure != null && !(failure instanceof DeadlineGone)) {
                span.recordException(failure);
            }
            return failure;
        } finally {
            span.end();
        }
    }

    private DeadlineMessage<?> messageOf(StoredDeadline deadline) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                deadline.payload(), String.class, deadline.payloadType(), deadline.payloadRevision()));
        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(
                deadline.metaData(), String.class, serializer.typeForClass(MetaData.class)));
        return new GenericDeadlineMessage<>(deadline.deadlineName(), deadline.messageIdentifier(), payload, metaData, deadline.triggerAt());
    }

    private void deliverTo(ScopeDescriptor scope, DeadlineMessage<?> message) {
        scopeAwareProvider.provideScopeAwareStream(scope)
                          .filter(component -> component.canResolve(scope))
                          .forEach(component -> {
                              try {
                                  component.send(message, scope);
                              } catch (Exception e) {
                                  throw new IllegalStateException("Cannot deliver deadline " + message.getDeadlineName()
                                          + " to " + scope.scopeDescription(), e);
                              }
                          });
    }

    /** Removes a delivered deadline, last in the delivery's transaction; rolls the delivery back if it is gone. */
    private void remove(StoredDeadline deadline) {
        int removed = entityManager().createQuery("delete from StoredDeadline d where d.scheduleId = :id")
                                     .setParameter("id", deadline.scheduleId())
                                     .executeUpdate();
        if (removed == 0) {
            throw new DeadlineGone(deadline);
        }
    }

    private void postpone(StoredDeadline deadline, Throwable failure) {
        Instant retryAt = Instant.now().plus(retryDelay);
        logger.warn("Deadline {} ({}) to {} failed (attempt {}); trying again at {}", deadline.deadlineName(),
                    deadline.scheduleId(), deadline.scopeType(), deadline.failedAttempts() + 1, retryAt, failure);
        inTransaction(entityManager -> entityManager
                .createQuery("update StoredDeadline d set d.triggerAt = :retryAt, d.failedAttempts = d.failedAttempts + 1 where d.scheduleId = :id")
                .setParameter("retryAt", retryAt)
                .setParameter("id", deadline.scheduleId())
                .executeUpdate());
    }

    private void inTransaction(Consumer<EntityManager> work) {
        transactionManager.executeInTransaction(() -> work.accept(entityManager()));
    }

    private EntityManager entityManager() {
        return entityManagerProvider.getEntityManager();
    }

    private void pollSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            logger.error("Cannot look for due deadlines; looking again in {}", pollInterval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "lc-deadlines"));
            poller.scheduleWithFixedDelay(this::pollSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdown();
            try {
                if (!poller.awaitTermination(10, TimeUnit.SECONDS)) {
                    poller.shutdownNow();
                }
            } catch (InterruptedException e) {
                poller.shutdownNow();
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void shutdown() {
        stop();
    }

    /** A deadline cancelled, or delivered by another instance, while this one was delivering it. */
    private static final class DeadlineGone extends RuntimeException {

        DeadlineGone(StoredDeadline deadline) {
            super("Deadline " + deadline.deadlineName() + " (" + deadline.scheduleId() + ") was cancelled or delivered meanwhile",
                  null, false, false);
        }
    }
}
