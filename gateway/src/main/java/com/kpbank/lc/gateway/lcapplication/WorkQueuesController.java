package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.query.WorkQueue;
import com.kpbank.lc.gateway.problem.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Arrays;
import java.util.Locale;

/** The live views of the bank's work queues ({@link WorkQueueUpdates}), one per queue by its name in lower case with dashes. */
@RestController
@RequestMapping("/work-queues")
class WorkQueuesController {

    private final WorkQueueUpdates updates;

    WorkQueuesController(WorkQueueUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(path = "/{queue}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter updates(@PathVariable String queue, Viewer viewer) {
        WorkQueue workQueue = Arrays.stream(WorkQueue.values())
                .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(queue))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("work queue " + queue));
        return updates.open(workQueue, viewer);
    }
}
