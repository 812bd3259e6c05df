package com.kpbank.lc.platform.projection;

import com.kpbank.lc.api.projection.ReplayProgress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds read models from the whole event history while their current generation keeps answering
 * queries: the one orchestrator for every {@link RebuildableReadModel}.
 * <p>
 * {@link #start} stops the read model's processor, has the read model prepare a new generation (so
 * its projection writes there), resets the processor's tokens to the start of the event stream and
 * starts it again. A monitor then watches the processor's {@link EventTrackerStatus}: when every
 * segment (every one in the token store, each claimed again) has reached the head of the stream seen
 * at the start, the new generation holds the whole history plus every event that arrived meanwhile (the processor projects everything into it until
 * the switch), and the read model switches queries to it. (Axon's own "replaying" flag is no
 * criterion: it stays set until an event beyond the reset position arrives.)
 * <p>
 * Progress is the processor's position against the head position at the start of the rebuild;
 * positions are global indexes of the event stream, so "events" counts stream positions. It is in
 * {@link #progress}, logged at INFO every {@code logInterval}, and published as the gauge
 * {@code lc.projection.replay.progress{projection}} (percent; 100 when no rebuild runs).
 * A rebuild found in progress at start-up (the service stopped during one) is watched again.
 */
public class ReadModelRebuilds implements AutoCloseable {

    static final String PROGRESS_GAUGE = "lc.projection.replay.progress";
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final Map<String, RebuildableReadModel> readModels;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final Clock clock;
    private final Duration logInterval;
    private final Map<String, Rebuild> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuilds");
        thread.setDaemon(true);
        return thread;
    });

    public ReadModelRebuilds(Collection<RebuildableReadModel> readModels, EventProcessingConfiguration processing,
                             EventStore eventStore, TransactionManager transactions, MeterRegistry meters, Clock clock,
                             Duration checkInterval, Duration logInterval) {
        this.readModels = readModels.stream().collect(Collectors.toUnmodifiableMap(RebuildableReadModel::name, Function.identity()));
        this.processing = processing;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.clock = clock;
        this.logInterval = logInterval;
        this.readModels.values().forEach(readModel -> {
            readModel.generationInBuild().ifPresent(generation -> running.put(readModel.name(), new Rebuild(generation, clock.instant(), headPosition())));
            Gauge.builder(PROGRESS_GAUGE, () -> progress(readModel.name()).map(ReplayProgress::percent).orElse(100.0))
                    .tag("projection", readModel.name())
                    .description("progress of the rebuild of a read model from the event history, percent")
                    .register(meters);
        });
        monitor.scheduleWithFixedDelay(this::watchRebuilds, checkInterval.toMillis(), checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The read models this service hosts. */
    public Collection<RebuildableReadModel> readModels() {
        return readModels.values();
    }

    /**
     * Starts rebuilding the named read model into a new generation.
     *
     * @throws UnknownReadModel     when this service hosts no read model of that name
     * @throws RebuildAlreadyRunning when one runs
     */
    public synchronized ReplayProgress start(String name) {
        RebuildableReadModel readModel = readModel(name);
        if (running.containsKey(name) || readModel.generationInBuild().isPresent()) {
            throw new RebuildAlreadyRunning(name);
        }
        StreamingEventProcessor processor = processor(name);
        Rebuild rebuild = new Rebuild("g" + clock.millis(), clock.instant(), headPosition());
        processor.shutDown();
        readModel.prepareGeneration(rebuild.generation());
        processor.resetTokens(rebuild.generation());
        processor.start();
        running.put(name, rebuild);
        // a position, not a count of events: Axon Server's stream starts at 0, the JPA store's at 1 and may have gaps
        log.info("Rebuild of read model {} started into generation {}: replaying the event stream up to position {}",
                 name, rebuild.generation(), rebuild.head());
        return rebuild.progress(-1, clock.instant());
    }

    /** The progress of the named read model's rebuild, if one runs. */
    public Optional<ReplayProgress> progress(String name) {
        return Optional.ofNullable(running.get(name))
                .map(rebuild -> rebuild.progress(position(processor(name).processingStatus().values()), clock.instant()));
    }

    /** The named read model. @throws UnknownReadModel when this service hosts none of that name */
    public RebuildableReadModel readModel(String name) {
        RebuildableReadModel readModel = readModels.get(name);
        if (readModel == null) {
            throw new UnknownReadModel(name);
        }
        return readModel;
    }

    /** The event processor that projects the named read model. */
    public StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("read model " + name + " has no streaming event processor of its name"));
    }

    /** The position of the newest event in the store; -1 when it is empty. */
    public long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** The lowest position the segments of a processor have reached; -1 before the first event. */
    public static long position(Collection<EventTrackerStatus> statuses) {
        return statuses.stream().mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    /** How many segments the named processor's tokens split the event stream into. */
    private int segments(String name) {
        return transactions.fetchInTransaction(() -> processing.tokenStore(name).fetchSegments(name).length);
    }

    private void watchRebuilds() {
        running.forEach((name, rebuild) -> {
            try {
                watch(name, rebuild);
            } catch (RuntimeException e) {
                log.warn("Cannot check the rebuild of read model {}; checking again shortly", name, e);
            }
        });
    }

    private void watch(String name, Rebuild rebuild) {
        List<EventTrackerStatus> statuses = List.copyOf(processor(name).processingStatus().values());
        long position = position(statuses);
        if (position >= rebuild.head() && statuses.size() == segments(name)) {
            readModel(name).switchToGeneration(rebuild.generation());
            running.remove(name);
            log.info("Rebuild of read model {} done: generation {} is live, at position {} after {}",
                    name, rebuild.generation(), position, Duration.between(rebuild.startedAt(), clock.instant()));
        } else if (rebuild.logDue(clock.instant(), logInterval)) {
            ReplayProgress progress = rebuild.progress(position, clock.instant());
            log.info("Rebuild of read model {}: at position {} of {} ({}%), about {} left",
                    name, progress.eventsDone(), progress.eventsTotal(), Math.round(progress.percent()), progress.estimatedTimeLeft());
        }
    }

    @Override
    public void close() {
        monitor.shutdownNow();
    }

    /** A rebuild under way: into which generation, since when, up to which head position. */
    private static final class Rebuild {
        private final String generation;
        private final Instant startedAt;
        private final long head;
        private Instant lastLogged;

        Rebuild(String generation, Instant startedAt, long head) {
            this.generation = generation;
            this.startedAt = startedAt;
            this.head = head;
            this.lastLogged = startedAt;
        }

        String generation() {
            return generation;
        }

        Instant startedAt() {
            return startedAt;
        }

        long head() {
            return head;
        }

        boolean logDue(Instant now, Duration interval) {
            if (Duration.between(lastLogged, now).compareTo(interval) < 0) {
                return false;
            }
            lastLogged = now;
            return true;
        }

        ReplayProgress progress(long position, Instant now) {
            long total = Math.max(head, 0);
            long done = Math.min(Math.max(position, 0), total);
            double percent = total == 0 ? 100.0 : 100.0 * done / total;
            Duration elapsed = Duration.between(startedAt, now);
            Duration left = done == 0 ? null : elapsed.multipliedBy(total - done).dividedBy(done);
            return new ReplayProgress(generation, startedAt, done, total, percent, left);
        }
    }

    /** Asked to rebuild a read model this service does not host. */
    public static class UnknownReadModel extends RuntimeException {
        UnknownReadModel(String name) {
            super("this service hosts no read model named " + name);
        }
    }

    /** Asked to rebuild a read model while a rebuild of it runs. */
    public static class RebuildAlreadyRunning extends RuntimeException {
        RebuildAlreadyRunning(String name) {
            super("a rebuild of read model " + name + " is already running");
        }
    }
}
