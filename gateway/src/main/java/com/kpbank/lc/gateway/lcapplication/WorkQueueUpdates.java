package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.FindLCApplicationsInWorkQueue;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.query.WorkQueue;
import com.kpbank.lc.gateway.GatewayBus;
import com.kpbank.lc.gateway.hal.HalFormsTemplateNaming;
import com.kpbank.lc.gateway.problem.ProblemException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposables;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

/**
 * The live view of one of the bank's work queues, for its staff: first an {@value #IN_QUEUE} event per
 * application the queue holds (the oldest {@value PageRequest#MAX_SIZE} submissions), then one each time an
 * application enters the queue or changes in it, and a {@value #LEFT_QUEUE} event, carrying only the
 * application's id and link, when it changes and the queue does not hold it (any more). A stream that
 * reconnects starts again from the queue as it is.
 */
@Component
class WorkQueueUpdates {

    static final String IN_QUEUE = "in-queue";
    static final String LEFT_QUEUE = "left-queue";

    private final GatewayBus bus;
    private final LiveStreams streams;
    private final HalFormsTemplateNaming halForms;

    WorkQueueUpdates(GatewayBus bus, LiveStreams streams, HalFormsTemplateNaming halForms) {
        this.bus = bus;
        this.streams = streams;
        this.halForms = halForms;
    }

    SseEmitter open(WorkQueue queue, Viewer viewer) {
        if (!viewer.worksForTheBank()) {
            throw ProblemException.forbidden("the work queues are the bank's managers' and analysts'");
        }
        Link collection = LCApplicationRepresentations.collection();
        return streams.open(viewer, sender -> {
            SubscriptionQueryResult<LCApplicationPage, LCApplicationView> subscription = bus.subscribe(
                    new FindLCApplicationsInWorkQueue(queue, viewer, PageRequest.first(PageRequest.MAX_SIZE)),
                    ResponseTypes.instanceOf(LCApplicationPage.class), ResponseTypes.instanceOf(LCApplicationView.class));
            return Disposables.composite(subscription::cancel, sender.sendAll(subscription.initialResult()
                    .flatMapIterable(LCApplicationPage::content)
                    .concatWith(subscription.updates())
                    // a client too slow for the queue's changes loses its stream and starts again from the queue as it is
                    .onBackpressureBuffer(PageRequest.MAX_SIZE * 10)
                    .publishOn(Schedulers.boundedElastic())
                    .map(view -> event(queue, view, viewer, collection)),
                    "live view of work queue " + queue));
        });
    }

    private SseEmitter.SseEventBuilder event(WorkQueue queue, LCApplicationView view, Viewer viewer, Link collection) {
        boolean held = viewer.maySee(view.applicantId(), view.state()) && queue.holds(view);
        RepresentationModel<?> data = held ? LCApplicationRepresentations.itemOf(view, viewer, collection)
                : EntityModel.of(Map.of("lcApplicationId", view.lcApplicationId()),
                LCApplicationRepresentations.selfOf(collection, view.lcApplicationId()));
        return SseEmitter.event().name(held ? IN_QUEUE : LEFT_QUEUE).data(halForms.halForms(data), MediaType.APPLICATION_JSON);
    }
}
