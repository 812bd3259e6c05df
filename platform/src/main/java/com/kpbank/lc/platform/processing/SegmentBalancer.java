package com.kpbank.lc.platform.processing;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the segments of every streaming event processor of a service fairly among the instances running it. Axon's
 * pooled streaming processor claims every segment that nobody holds, so the first instance to start would take them
 * all and the others would stand idle until it died; Axon Server EE balances them, Axon Server SE and the framework do not.
 * <p>
 * Every {@code interval}, each instance writes, for each processor it runs, how many segments it holds (a
 * {@link LiveInstance} row in the service's bookkeeping schema); rows not refreshed for two intervals are removed, and so
 * are an instance's rows of a processor it has stopped (e.g. for a rebuild). An instance then releases, for two
 * intervals, segments it holds beyond its share of a processor ({@link #surplus}) when another instance running it
 * is short of its share and no segment is free, for that instance's coordinator to claim. An instance that died keeps
 * its last word until its row is removed: it is not short of anything, so nobody releases segments to it, and the
 * survivors take its segments once its claims lapse, as without balancing. The interval should be at least the
 * processors' claim interval (5 s), so that a released segment is claimed by the short instance before it is free again.
 * On a graceful stop an instance removes its rows at once.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final int INTERVALS_TO_DIE = 2;
    private static final int INTERVALS_RELEASED = 2;

    private final String nodeId = UUID.randomUUID().toString();
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final EntityManagerProvider entityManagers;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public SegmentBalancer(EventProcessingConfiguration processing, TransactionManager transactions,
                           EntityManagerProvider entityManagers, Clock clock, Duration interval) {
        this.processing = processing;
        this.transactions = transactions;
        this.entityManagers = entityManagers;
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * How many of a processor's segments an instance holding {@code held} of them gives up. None unless another
     * instance running the processor is short (holds less than the segments divided by the instances, rounded down)
     * and no segment is free for it to take; then those beyond this instance's share (the division rounded up), or
     * at least one if it holds more than the rounded-down share.
     *
     * @param segments    the processor's segments
     * @param held        how many this instance holds
     * @param othersHeld  how many each other instance running the processor holds
     * @param freeSegment whether a segment is free for the taking
     */
    static int surplus(int segments, int held, List<Integer> othersHeld, boolean freeSegment) {
        int instances = othersHeld.size() + 1;
        int least = segments / instances;
        int share = (segments + instances - 1) / instances;
        if (freeSegment || othersHeld.stream().noneMatch(other -> other < least)) {
            return 0;
        }
        return Math.max(held - share, held > least ? 1 : 0);
    }

    /** Says which processors this instance runs and with how many segments, and releases its surplus of each. */
    void balance() {
        List<StreamingEventProcessor> running = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .toList();
        transactions.executeInTransaction(() -> sayRunning(running));
        running.forEach(this::share);
    }

    private void sayRunning(List<StreamingEventProcessor> running) {
        Instant now = clock.instant();
        running.forEach(processor -> entityManagers.getEntityManager().merge(
                new LiveInstance(nodeId, processor.getName(), processor.processingStatus().size(), now)));
        entityManagers.getEntityManager()
                      .createQuery("delete from LiveInstance i where i.seenAt < :alive or (i.nodeId = :node and i.seenAt < :now)")
                      .setParameter("alive", now.minus(interval.multipliedBy(INTERVALS_TO_DIE)))
                      .setParameter("node", nodeId)
                      .setParameter("now", now)
                      .executeUpdate();
    }

    private void share(StreamingEventProcessor processor) {
        String name = processor.getName();
        TokenStore tokens = processing.tokenStore(name);
        List<Integer> held = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        int surplus = transactions.fetchInTransaction(() -> surplus(
                tokens.fetchSegments(name).length,
                held.size(),
                entityManagers.getEntityManager()
                              .createQuery("select i from LiveInstance i where i.processorName = :processor and i.nodeId <> :node", LiveInstance.class)
                              .setParameter("processor", name)
                              .setParameter("node", nodeId)
                              .getResultList().stream().map(LiveInstance::segmentsHeld).toList(),
                // the token store counts an instance's own claims among the segments available to it: beyond them, others are free
                tokens.fetchAvailableSegments(name).size() > held.size()));
        if (surplus > 0) {
            List<Integer> released = held.subList(0, surplus);
            log.info("Processor {} holds {} segments, more than its share, while another instance is short: releasing segments {}",
                     name, held.size(), released);
            released.forEach(segment -> processor.releaseSegment(
                    segment, interval.multipliedBy(INTERVALS_RELEASED).toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                balance();
            } catch (RuntimeException e) {
                log.warn("Cannot balance the event processors' segments; trying again in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a balancing under way finish (interrupting it could close an embedded database's file), then removes this instance's rows. */
    @Override
    public synchronized void stop() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The balancing of segments did not finish within {}", interval);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        try {
            transactions.executeInTransaction(() -> entityManagers.getEntityManager()
                    .createQuery("delete from LiveInstance i where i.nodeId = :node").setParameter("node", nodeId).executeUpdate());
        } catch (RuntimeException e) {
            log.warn("Cannot say that this instance stops; the others count it for another {}",
                     interval.multipliedBy(INTERVALS_TO_DIE), e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
