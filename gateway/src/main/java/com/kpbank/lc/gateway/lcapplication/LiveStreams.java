package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.gateway.GatewayProperties;
import com.kpbank.lc.gateway.problem.ProblemException;
import com.kpbank.lc.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The server-sent event streams of the API, whatever they carry: a comment every {@code heartbeat} keeps
 * idle proxies from closing a stream (and finds a client gone); after its {@code lifetime} a stream ends
 * and the client's {@code EventSource} reconnects; a user holds at most {@code perUser} streams at once;
 * every stream ends when the gateway stops, before the web server's graceful shutdown waits for requests.
 */
@Component
class LiveStreams implements SmartLifecycle {

    /** What a stream carries: started once the stream is open, disposed when it ends. */
    interface Feed {
        Disposable start(Sender sender);
    }

    /** How a feed writes to its stream, and ends it. */
    interface Sender {
        void send(SseEmitter.SseEventBuilder event);

        void end();

        /**
         * Sends each of the events as it comes; their end ends the stream, and so does their failure, logged as the end of
         * {@code view} (say, "live view of work queue PENDING_APPROVAL").
         */
        default Disposable sendAll(Flux<SseEmitter.SseEventBuilder> events, String view) {
            return events.subscribe(this::send, failure -> {
                LOG.info("{} ends: {}", view, failure.toString());
                end();
            }, this::end);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);

    private final GatewayProperties.Updates settings;
    private final ConcurrentHashMap<String, Integer> openPerUser = new ConcurrentHashMap<>();
    private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    LiveStreams(GatewayProperties properties) {
        this.settings = properties.updates();
    }

    /** Opens a stream of the viewer's fed by {@code feed}; refused with 429 when the viewer holds too many. */
    SseEmitter open(Viewer viewer, Feed feed) {
        if (!running) {
            throw ProblemException.unavailable("the gateway is stopping; open the stream again in a moment");
        }
        if (!acquire(viewer)) {
            throw new ProblemException(Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY_STREAMS,
                    "at most " + settings.perUser() + " live views may be open at once per user; close one first"));
        }
        SseEmitter stream = new SseEmitter(settings.lifetime().toMillis());
        Disposable.Composite resources = Disposables.composite();
        AtomicBoolean closed = new AtomicBoolean();
        // however the stream ends (its feed ends, a write fails, the client goes, the gateway stops), once
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                streams.remove(stream);
                resources.dispose();
                release(viewer);
            }
        };
        Sender sender = new Sender() {
            @Override
            public void send(SseEmitter.SseEventBuilder event) {
                try {
                    stream.send(event);
                } catch (IOException | IllegalStateException gone) {
                    close.run();
                    stream.completeWithError(gone);
                }
            }

            @Override
            public void end() {
                close.run();
                stream.complete();
            }
        };
        stream.onCompletion(close);
        stream.onTimeout(sender::end);
        stream.onError(failure -> sender.end());
        streams.add(stream);
        try {
            resources.add(feed.start(sender));
            // writes may block on a slow client: never on the parallel scheduler, whose few threads time everything else
            resources.add(Flux.interval(settings.heartbeat(), Schedulers.boundedElastic())
                    .subscribe(beat -> sender.send(SseEmitter.event().comment("heartbeat"))));
        } catch (RuntimeException failed) {
            close.run();
            throw failed;
        }
        if (!running) {
            sender.end();
        }
        return stream;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream; one opened meanwhile ends itself, seeing the gateway stopped. */
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

    /** Counts one more stream of the viewer's, if it holds fewer than allowed. */
    private boolean acquire(Viewer viewer) {
        AtomicBoolean acquired = new AtomicBoolean();
        openPerUser.compute(viewer.name(), (name, open) -> {
            int held = open == null ? 0 : open;
            if (held >= settings.perUser()) {
                return open;
            }
            acquired.set(true);
            return held + 1;
        });
        return acquired.get();
    }

    private void release(Viewer viewer) {
        openPerUser.computeIfPresent(viewer.name(), (name, open) -> open <= 1 ? null : open - 1);
    }
}
