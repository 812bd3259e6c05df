package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.gateway.hal.HalFormsTemplateNaming;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.List;

/**
 * The live view of one application: a server-sent event with its representation, as this viewer sees it,
 * each time it changes. It listens to the search read model through a subscription query (in one JVM and
 * across Axon Server alike), and the event id is the version.
 * <p>
 * Nothing is missed: when the read model shows a version more than one after the last one sent (it writes
 * in batches, a stream resumes with {@code Last-Event-ID}), the versions between are rebuilt from the event
 * store and sent first, read-only, each with its version; only the latest carries the actions allowed now. The
 * stream ends when the viewer may no longer see the application; reconnected, it is 404.
 */
@Component
class LCApplicationUpdates {

    static final String EVENT = "lc-application";

    private final LCApplicationLookup lookup;
    private final LiveStreams streams;
    private final HalFormsTemplateNaming halForms;

    LCApplicationUpdates(LCApplicationLookup lookup, LiveStreams streams, HalFormsTemplateNaming halForms) {
        this.lookup = lookup;
        this.streams = streams;
        this.halForms = halForms;
    }

    /**
     * Opens the live view of an application the viewer may see (else 404), sending first what came after
     * {@code lastSeen} (the current representation for a new stream, whose {@code lastSeen} is -1).
     */
    SseEmitter open(LCApplicationId id, Viewer viewer, long lastSeen) {
        // an id from the future (another deployment's, a forged one) resumes nothing: the stream starts afresh
        long resumeAfter = lastSeen > lookup.get(id, viewer).version() ? -1 : lastSeen;
        Link collection = LCApplicationRepresentations.collection();
        return streams.open(viewer, sender -> {
            SubscriptionQueryResult<LCApplicationView, LCApplicationView> subscription = lookup.subscribe(id, viewer);
            Versions sent = new Versions(resumeAfter);
            return Disposables.composite(subscription::cancel, sender.sendAll(subscription.initialResult()
                    .concatWith(subscription.updates())
                    // the view ends when the viewer may no longer see the application (a submission cancelled, for staff)
                    .takeWhile(view -> viewer.maySee(view.applicantId(), view.state()))
                    // a client slower than the changes gets the latest: the versions between are rebuilt from the event store
                    .onBackpressureLatest()
                    .publishOn(Schedulers.boundedElastic())
                    .concatMap(view -> Flux.fromIterable(sent.upTo(view, id, viewer)))
                    .map(update -> SseEmitter.event().id(String.valueOf(update.view().version())).name(EVENT)
                            .data(halForms.halForms(update.representation(viewer, collection)), MediaType.APPLICATION_JSON)),
                    "live view of LC application " + id));
        });
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
