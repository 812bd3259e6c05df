package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.gateway.GatewayProperties;
import com.kpbank.lc.gateway.hal.HalFormsTemplateNaming;
import com.kpbank.lc.gateway.problem.ProblemException;
import com.kpbank.lc.gateway.problem.Problems;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live view of one application: a server-sent event with its representation, as this viewer sees it,
 * each time it changes. It listens to the search read model through a subscription query (in one JVM and
 * across Axon Server alike), and the event id is the version.
 * <p>
 * Nothing is missed: when the read model shows a version more than one after the last one sent (it writes
 * in batches, a stream resumes with {@code Last-Event-ID}), the versions between are rebuilt from the event
 * store and sent first, read-only, each with its version; only the latest carries the actions allowed now.
 * A comment every {@code heartbeat} keeps idle proxies from closing the stream; after its {@code lifetime} the
 * stream ends and the client's {@code EventSource} reconnects; a user holds at most {@code perUser} streams.
 * Every stream ends when the gateway stops, before the web server waits for open requests.
 */
@Component
class LCApplicationUpdates implements SmartLifecycle {

    static final String EVENT = "lc-application";
    private static final Logger LOG = LoggerFactory.getLogger(LCApplicationUpdates.class);

    private final LCApplicationLookup lookup;
    private final HalFormsTemplateNaming halForms;
    private final GatewayProperties.Updates settings;
    private final ConcurrentHashMap<String, AtomicInteger> openPerUser = new ConcurrentHashMap<>();
    private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    LCApplicationUpdates(LCApplicationLookup lookup, HalFormsTemplateNaming halForms, GatewayProperties properties) {
        this.lookup = lookup;
        this.halForms = halForms;
        this.settings = properties.updates();
    }

    /**
     * Opens the live view of an application the viewer may see (else 404), sending first what came after
     * {@code lastSeen} (the current representation for a new stream, whose {@code lastSeen} is -1).
     */
    SseEmitter open(LCApplicationId id, Viewer viewer, long lastSeen) {
        if (!running) {
            throw ProblemException.unavailable("the gateway is stopping; open the live view again in a moment");
        }
        lookup.get(id, viewer);
        AtomicInteger open = openPerUser.computeIfAbsent(viewer.name(), name -> new AtomicInteger());
        if (open.incrementAndGet() > settings.perUser()) {
            release(viewer, open);
            throw new ProblemException(Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_STREAMS,
                    "at most " + settings.perUser() + " live views may be open at once per user; close one first"));
        }
        Link collection = LCApplicationRepresentations.collection();
        SseEmitter stream = new SseEmitter(settings.lifetime().toMillis());
        Disposable.Composite resources = Disposables.composite();
        streams.add(stream);
        stream.onCompletion(() -> {
            streams.remove(stream);
            resources.dispose();
            release(viewer, open);
        });
        stream.onTimeout(stream::complete);
        stream.onError(failure -> stream.complete());
        try {
            SubscriptionQueryResult<Optional<LCApplicationView>, LCApplicationView> subscription = lookup.subscribe(id, viewer);
            resources.add(subscription::cancel);
            Versions sent = new Versions(lastSeen);
            resources.add(subscription.initialResult().flatMap(Mono::justOrEmpty)
                    .concatWith(subscription.updates())
                    .publishOn(Schedulers.boundedElastic())
                    .concatMap(view -> Flux.fromIterable(sent.upTo(view, id, viewer)))
                    .subscribe(
                            event -> send(stream, event.representation(viewer, collection), event.view().version()),
                            failure -> {
                                LOG.info("live view of LC application {} ends: {}", id, failure.toString());
                                stream.complete();
                            },
                            stream::complete));
            resources.add(Flux.interval(settings.heartbeat()).subscribe(beat -> heartbeat(stream)));
        } catch (RuntimeException failed) {
            resources.dispose();
            release(viewer, open);
            throw failed;
        }
        return stream;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every live view before the web server waits for its requests to finish: clients reconnect elsewhere or later. */
    @Override
    public void stop() {
        running = false;
        streams.forEach(SseEmitter::complete);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void release(Viewer viewer, AtomicInteger open) {
        if (open.decrementAndGet() <= 0) {
            openPerUser.remove(viewer.name(), open);
        }
    }

    private void send(SseEmitter stream, RepresentationModel<?> representation, long version) {
        try {
            stream.send(SseEmitter.event().id(String.valueOf(version)).name(EVENT).data(halForms.halForms(representation), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            stream.completeWithError(gone);
        }
    }

    private static void heartbeat(SseEmitter stream) {
        try {
            stream.send(SseEmitter.event().comment("heartbeat"));
        } catch (IOException | IllegalStateException gone) {
            stream.completeWithError(gone);
        }
    }

    /** A version to send: the latest with its actions, one the stream would otherwise have skipped read-only. */
    private record Update(LCApplicationView view, boolean latest) {

        RepresentationModel<?> representation(Viewer viewer, Link collection) {
            return latest ? LCApplicationRepresentations.of(view, viewer, collection) : LCApplicationRepresentations.pastOf(view, collection, null);
        }
    }

    /** The last version sent, and what to send when the read model shows another. */
    private final class Versions {

        private long last;

        Versions(long lastSeen) {
            this.last = lastSeen;
        }

        List<Update> upTo(LCApplicationView view, LCApplicationId id, Viewer viewer) {
            if (view.version() <= last) {
                return List.of();
            }
            List<Update> updates = new ArrayList<>();
            if (last >= 0) {
                List<LCApplicationView> missed;
                do {
                    missed = lookup.versionsAfter(id, viewer, last).stream().filter(past -> past.version() < view.version()).toList();
                    missed.forEach(past -> updates.add(new Update(past, false)));
                    last = missed.isEmpty() ? last : missed.get(missed.size() - 1).version();
                } while (!missed.isEmpty() && last < view.version() - 1);
            }
            updates.add(new Update(view, true));
            last = view.version();
            return updates;
        }
    }
}
