package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.FindLCApplication;
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
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads applications from the search read model, as the viewer may see them, and waits for an action's
 * outcome to reach it: an action answers only once its new version is readable, so the client's next
 * {@code GET} reflects it (read-your-writes) without the client waiting.
 */
@Component
class LCApplicationLookup {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(5);
    private static final Duration MAX_BACKOFF = Duration.ofMillis(100);

    private final GatewayBus bus;
    private final GatewayProperties properties;

    LCApplicationLookup(GatewayBus bus, GatewayProperties properties) {
        this.bus = bus;
        this.properties = properties;
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

    /**
     * The application once the read model shows at least {@code version}; empty if it does not within
     * the configured bound, or cannot be asked (the action happened; the read model is late or down).
     */
    Optional<LCApplicationView> awaitVersion(LCApplicationId id, Viewer viewer, long version) {
        Instant deadline = Instant.now().plus(properties.readYourWritesWithin());
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            Optional<LCApplicationView> seen;
            try {
                seen = find(id, viewer).filter(view -> view.version() >= version);
            } catch (ProblemException unavailable) {
                return Optional.empty();
            }
            if (seen.isPresent() || Instant.now().plus(backoff).isAfter(deadline)) {
                return seen;
            }
            LockSupport.parkNanos(backoff.toNanos());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }
}
