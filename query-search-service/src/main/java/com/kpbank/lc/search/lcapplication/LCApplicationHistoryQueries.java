package com.kpbank.lc.search.lcapplication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.json.LcJson;
import com.kpbank.lc.api.query.FindLCApplicationAsOf;
import com.kpbank.lc.api.query.FindLCApplicationHistory;
import com.kpbank.lc.api.query.FindLCApplicationVersions;
import com.kpbank.lc.api.query.LCApplicationHistoryPage;
import com.kpbank.lc.api.query.LCApplicationVersions;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.LCApplicationId;
import jakarta.validation.Validator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers what only the event store knows: an application's audit trail, the application as it was at
 * an instant, and its versions since one a client saw. Each is rebuilt from the application's events (never
 * from a snapshot) with the same {@link LCApplicationChange}s the search projection applies, so a past
 * version is exactly what the read model showed then.
 * <p>
 * One rule of visibility for the past: a viewer sees the application as it was at a version if it may see
 * it as it is now and as it was then ({@link Viewer#maySee}). The bank's staff so see a submitted
 * application from its submission on, never the applicant's draft.
 */
@Component
class LCApplicationHistoryQueries {

    private static final ObjectMapper JSON = LcJson.objectMapper();

    private final EventStore events;
    private final Validator validator;

    LCApplicationHistoryQueries(EventStore events, Validator validator) {
        this.events = events;
        this.validator = validator;
    }

    @QueryHandler
    Optional<LCApplicationHistoryPage> handle(FindLCApplicationHistory query) {
        QueryRefusals.validate(validator, query);
        return visibleSteps(query.lcApplicationId(), query.viewer()).map(steps -> new LCApplicationHistoryPage(
                steps.stream().skip(query.page().offset()).limit(query.page().size()).map(Step::entry).toList(),
                query.page().page(), query.page().size(), steps.size()));
    }

    @QueryHandler
    Optional<LCApplicationView> handle(FindLCApplicationAsOf query) {
        QueryRefusals.validate(validator, query);
        return visibleSteps(query.lcApplicationId(), query.viewer()).flatMap(steps -> steps.stream()
                .filter(step -> !step.event().getTimestamp().isAfter(query.asOf()))
                .reduce((earlier, later) -> later)
                .map(Step::view));
    }

    @QueryHandler
    LCApplicationVersions handle(FindLCApplicationVersions query) {
        QueryRefusals.validate(validator, query);
        return new LCApplicationVersions(visibleSteps(query.lcApplicationId(), query.viewer()).orElse(List.of()).stream()
                .map(Step::view)
                .filter(view -> view.version() > query.after())
                .limit(FindLCApplicationVersions.MAX)
                .toList());
    }

    /** The steps this viewer may see, empty if it may not see the application now (or there is none). */
    private Optional<List<Step>> visibleSteps(LCApplicationId id, Viewer viewer) {
        List<Step> steps = steps(id);
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        LCApplicationView now = steps.get(steps.size() - 1).view();
        if (!viewer.maySee(now.applicantId(), now.state())) {
            return Optional.empty();
        }
        return Optional.of(steps.stream().filter(step -> viewer.maySee(now.applicantId(), step.view().state())).toList());
    }

    /** Every event of the application, each with the application as it was after it. */
    private List<Step> steps(LCApplicationId id) {
        DomainEventStream stream = events.readEvents(id.toString(), 0);
        LCApplicationDocument document = LCApplicationDocument.empty(id.toString());
        List<Step> steps = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof LCApplicationEvent lcEvent
                    && document.apply(LCApplicationChange.of(lcEvent, event.getSequenceNumber(), event.getTimestamp()))) {
                steps.add(new Step(event, document.toView()));
            }
        }
        return steps;
    }

    private record Step(DomainEventMessage<?> event, LCApplicationView view) {

        LCApplicationHistoryPage.Entry entry() {
            ObjectNode data = JSON.valueToTree(event.getPayload());
            data.remove(LCApplicationDocument.ID);
            return new LCApplicationHistoryPage.Entry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), Actor.of(event.getMetaData()).orElse(null), data);
        }
    }
}
