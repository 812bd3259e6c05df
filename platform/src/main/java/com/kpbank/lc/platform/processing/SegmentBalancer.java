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
 * Shares the segments of every streaming event processor of a service fairly among its live instances. Axon's
 * pooled streaming processor claims every segment that nobody holds, so the first instance to start would take them
 * all and the others would stand idle until it died; Axon Server EE balances them, Axon Server SE and the framework do not.
 * <p>
 * Every {@code interval}, each instance says it is alive (its {@link LiveInstance} row in the service's bookkeeping
 * schema) and counts the instances seen within the last two intervals, itself included; rows older than that are
 * removed. Of each processor it holds more segments of than its fair share (the processor's segments divided by the live
 * instances, rounded up), while no segment of it is free for the taking, it releases the surplus for two intervals, for
 * the other instances' coordinators to claim. The interval should be at least the processors' claim interval (5 s), so
 * that a released segment is claimed by another before it is free again, and at most half the token claim timeout
 * (10 s), so that a killed instance stops counting about when its claims lapse and the survivors take its segments
 * as without balancing. On a graceful stop an instance removes its row at once.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final int INTERVALS_TO_DIE = 2;
    private static final int INTERVALS_RELEASED = 2;

    private final String nodeId = UUID.randomUUID().toString();
    private final String service;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final EntityManagerProvider entityManagers;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public SegmentBalancer(String service, EventProcessingConfiguration processing, TransactionManager transactions,
                           EntityManagerProvider entityManagers, Clock clock, Duration interval) {
        this.service = service;
        this.processing = processing;
        this.transactions = transactions;
        this.entityManagers = entityManagers;
        this.clock = clock;
        this.interval = interval;
    }

    /** Says this instance is alive, forgets the dead, and releases the segments it holds beyond its fair share. */
    void balance() {
        long live = transactions.fetchInTransaction(this::liveInstances);
        processing.eventProcessors().values().stream()
                  .filter(StreamingEventProcessor.class::isInstance)
                  .map(StreamingEventProcessor.class::cast)
                  .filter(StreamingEventProcessor::isRunning)
                  .forEach(processor -> share(processor, live));
    }

    private long liveInstances() {
        Instant now = clock.instant();
        Instant alive = now.minus(interval.multipliedBy(INTERVALS_TO_DIE));
        entityManagers.getEntityManager().merge(new LiveInstance(nodeId, service, now));
        entityManagers.getEntityManager().createQuery("delete from LiveInstance i where i.seenAt < :alive")
                      .setParameter("alive", alive).executeUpdate();
        return entityManagers.getEntityManager()
                             .createQuery("select count(i) from LiveInstance i where i.service = :service", Long.class)
                             .setParameter("service", service).getSingleResult();
    }

    private void share(StreamingEventProcessor processor, long live) {
        String name = processor.getName();
        List<Integer> held = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        TokenStore tokens = processing.tokenStore(name);
        int segments = transactions.fetchInTransaction(() -> tokens.fetchSegments(name).length);
        long fairShare = (segments + live - 1) / live;
        // the token store counts an instance's own claims among the segments available to it: beyond them, others are free
        if (held.size() <= fairShare || transactions.fetchInTransaction(() -> tokens.fetchAvailableSegments(name).size()) > held.size()) {
            return;
        }
        List<Integer> surplus = held.subList(0, (int) (held.size() - fairShare));
        log.info("Processor {} holds {} of its {} segments with {} instances live: releasing segments {} for the others",
                 name, held.size(), segments, live, surplus);
        surplus.forEach(segment -> processor.releaseSegment(
                segment, interval.multipliedBy(INTERVALS_RELEASED).toMillis(), TimeUnit.MILLISECONDS));
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

    @Override
    public synchronized void stop() {
        timer.shutdownNow();
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
