package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCApplicationAsOf;
import com.kpbank.lc.api.query.FindLCApplicationHistory;
import com.kpbank.lc.api.query.FindLCApplicationVersions;
import com.kpbank.lc.api.query.LCApplicationHistoryPage;
import com.kpbank.lc.api.query.LCApplicationVersions;
import com.kpbank.lc.api.query.FindMyLCApplications;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.SearchLCApplications;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.gateway.GatewayBus;
import com.kpbank.lc.gateway.GatewayProperties;
import com.kpbank.lc.gateway.problem.ProblemException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Reads applications from the search read model, as the viewer may see them, and waits for an action's
 * outcome to reach it: an action answers only once its new version is readable, so the client's next
 * {@code GET} reflects it (read-your-writes) without the client waiting. The past of an application
 * (its history, as it was, its versions since one) comes from the event store.
 */
@Component
class LCApplicationLookup {

    /** How long an action waited for the read model to show its outcome, tagged {@code shown} or {@code late}. */
    static final String READ_YOUR_WRITES = "lc.gateway.read.your.writes";
    private static final Logger LOG = LoggerFactory.getLogger(LCApplicationLookup.class);

    private final GatewayBus bus;
    private final GatewayProperties properties;
    private final Timer shown;
    private final Timer late;

    LCApplicationLookup(GatewayBus bus, GatewayProperties properties, MeterRegistry meters) {
        this.bus = bus;
        this.properties = properties;
        this.shown = readYourWrites("shown", meters);
        this.late = readYourWrites("late", meters);
    }

    private static Timer readYourWrites(String outcome, MeterRegistry meters) {
        return Timer.builder(READ_YOUR_WRITES)
                .description("how long an action waited for the read model to show its outcome")
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(meters);
    }

    Optional<LCApplicationView> find(LCApplicationId id, Viewer viewer) {
        return bus.query(new FindLCApplication(id, viewer), ResponseTypes.optionalInstanceOf(LCApplicationView.class));
    }

    LCApplicationView get(LCApplicationId id, Viewer viewer) {
        return find(id, viewer).orElseThrow(() -> ProblemException.notFound("LC application " + id));
    }

    /** The application an action is about to be taken on: if the read model cannot be asked, the action is not taken. */
    LCApplicationView getBeforeAction(LCApplicationId id, Viewer viewer) {
        try {
            return get(id, viewer);
        } catch (ProblemException failed) {
            if (failed.getStatusCode().value() != 503) {
                throw failed;
            }
            throw ProblemException.unavailable("the application cannot be read now, so the action was not applied; try again later");
        }
    }

    /** The applicant's own applications when it neither searches nor filters; otherwise a search. */
    LCApplicationPage list(Viewer viewer, String text, Set<LCState> states, PageRequest page) {
        Object query = viewer.has(com.kpbank.lc.api.query.Role.APPLICANT) && text == null && states.isEmpty()
                ? new FindMyLCApplications(viewer, page)
                : new SearchLCApplications(viewer, text, states, null, null, null, null, null, page);
        return bus.query(query, ResponseTypes.instanceOf(LCApplicationPage.class));
    }

    /** A page of the application's history, if the viewer may see the application. */
    Optional<LCApplicationHistoryPage> history(LCApplicationId id, Viewer viewer, PageRequest page) {
        return bus.query(new FindLCApplicationHistory(id, viewer, page), ResponseTypes.optionalInstanceOf(LCApplicationHistoryPage.class));
    }

    /** The application as it was at an instant, if it existed then and the viewer may see it. */
    Optional<LCApplicationView> asOf(LCApplicationId id, Viewer viewer, Instant at) {
        return bus.query(new FindLCApplicationAsOf(id, viewer, at), ResponseTypes.optionalInstanceOf(LCApplicationView.class));
    }

    /** The versions after {@code after} that the viewer may see, oldest first, at most {@value FindLCApplicationVersions#MAX}. */
    List<LCApplicationView> versionsAfter(LCApplicationId id, Viewer viewer, long after) {
        return bus.query(new FindLCApplicationVersions(id, viewer, after), ResponseTypes.instanceOf(LCApplicationVersions.class)).versions();
    }

    /**
     * The application as the viewer sees it now (no first answer when it may not see it), then each time the read
     * model shows a new version of it, until the subscription is cancelled. The first answer is asked as an
     * instance, not an {@code Optional}: the handling side converts it to that type before it crosses Axon Server,
     * and the serializer writes no {@code Optional}.
     */
    SubscriptionQueryResult<LCApplicationView, LCApplicationView> subscribe(LCApplicationId id, Viewer viewer) {
        return bus.subscribe(new FindLCApplication(id, viewer),
                ResponseTypes.instanceOf(LCApplicationView.class), ResponseTypes.instanceOf(LCApplicationView.class));
    }

    /**
     * The application once the read model shows at least {@code version}; empty if it does not within the
     * configured bound, or cannot be asked (the action happened; the read model is late or down). It waits on
     * the read model's own word, a subscription: the version is either in the first answer or one of its
     * updates, with nobody polling.
     */
    Optional<LCApplicationView> awaitVersion(LCApplicationId id, Viewer viewer, long version) {
        long started = System.nanoTime();
        SubscriptionQueryResult<LCApplicationView, LCApplicationView> subscription = subscribe(id, viewer);
        try {
            Optional<LCApplicationView> seen = subscription.initialResult()
                    .concatWith(subscription.updates())
                    .filter(view -> view.version() >= version && viewer.maySee(view.applicantId(), view.state()))
                    .next()
                    .timeout(properties.readYourWritesWithin(), Mono.empty())
                    .onErrorResume(unavailable -> {
                        LOG.info("the read model cannot show LC application {} at version {} now: {}", id, version, unavailable.toString());
                        return Mono.empty();
                    })
                    .blockOptional();
            (seen.isPresent() ? shown : late).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return seen;
        } finally {
            subscription.cancel();
        }
    }
}
