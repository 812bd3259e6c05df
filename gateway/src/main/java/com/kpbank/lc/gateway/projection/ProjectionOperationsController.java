package com.kpbank.lc.gateway.projection;

import com.kpbank.lc.api.projection.DropDeadLetter;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionOperatorCommand;
import com.kpbank.lc.api.projection.ProjectionStatus;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.projection.ReplayProjection;
import com.kpbank.lc.api.projection.RetryDeadLetters;
import com.kpbank.lc.gateway.GatewayBus;
import com.kpbank.lc.gateway.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.hateoas.CollectionModel;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.hateoas.Link;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.hateoas.LinkRelation;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.hateoas.MediaTypes;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.hateoas.mediatype.Affordances;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.http.HttpMethod;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.http.ResponseEntity;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.web.bind.annotation.PathVariable;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.web.bind.annotation.PostMapping;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.web.bind.annotation.RequestBody;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.web.bind.annotation.RequestMapping;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;

/**
 * The read models for operators (only operators reach this: see the security configuration): their
 * status as every service hosting one reports it (scatter-gather), a {@code replay} that rebuilds one
 * from the event history, and, while events are parked, {@code retry-dead-letters} and
 * {@code drop-dead-letter}. Each answers {@code 202}: it runs on, its effect shows here.
 */
@RestController
@RequestMapping(path = "/projections", produces = {MediaTypes.HAL_JSON_VALUE, MediaTypes.HAL_FORMS_JSON_VALUE})
public class ProjectionOperationsController {

    public static final LinkRelation PROJECTIONS = LinkRelation.of("projections");
    static final String REPLAY = "replay";
    static final String RETRY_DEAD_LETTERS = "retry-dead-letters";
    static final String DROP_DEAD_LETTER = "drop-dead-letter";

    private final GatewayBus bus;

    ProjectionOperationsController(GatewayBus bus) {
        this.bus = bus;
    }

    @GetMapping
    CollectionModel<ProjectionModel> all() {
        List<ProjectionModel> projections = statuses().stream().map(ProjectionOperationsController::model).toList();
        return CollectionModel.of(projections, linkTo(ProjectionOperationsController.class).withSelfRel())
                .withFallbackType(ProjectionModel.class);
    }

    @GetMapping("/{name}")
    ProjectionModel one(@PathVariable String name) {
        return model(status(name));
    }

    @PostMapping("/{name}/" + REPLAY)
    ResponseEntity<Void> replay(@PathVariable String name, Viewer viewer) {
        return send(viewer, new ReplayProjection(status(name).name()));
    }

    @PostMapping("/{name}/" + RETRY_DEAD_LETTERS)
    ResponseEntity<Void> retryDeadLetters(@PathVariable String name, Viewer viewer) {
        return send(viewer, new RetryDeadLetters(status(name).name()));
    }

    @PostMapping("/{name}/" + DROP_DEAD_LETTER)
    ResponseEntity<Void> dropDeadLetter(@PathVariable String name, @Valid @RequestBody DeadLetterToDrop deadLetter, Viewer viewer) {
        return send(viewer, new DropDeadLetter(status(name).name(), deadLetter.eventIdentifier()));
    }

    /** Which parked event to drop: one of the {@code parked} of the projection's status. */
    record DeadLetterToDrop(@NotBlank @Size(max = 100) String eventIdentifier) {
    }

    private ResponseEntity<Void> send(Viewer viewer, ProjectionOperatorCommand command) {
        bus.send(new GenericCommandMessage<>(GenericCommandMessage.asCommandMessage(command), command.commandName()), viewer.actor());
        return ResponseEntity.accepted().location(selfOf(command.projection()).toUri()).build();
    }

    private List<ProjectionStatus> statuses() {
        return bus.queryAll(new FindProjectionStatuses(), ResponseTypes.instanceOf(ProjectionStatuses.class)).stream()
                .flatMap(answer -> answer.projections().stream())
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    private ProjectionStatus status(String name) {
        return statuses().stream().filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("projection " + name));
    }

    private static ProjectionModel model(ProjectionStatus status) {
        Link self = selfOf(status.name());
        Affordances operations = Affordances.of(Link.of(self.getHref() + "/" + REPLAY, REPLAY))
                .afford(HttpMethod.POST).withName(REPLAY).build();
        if (status.deadLetters() > 0) {
            operations = operations
                    .afford(HttpMethod.POST).withName(RETRY_DEAD_LETTERS)
                    .withTarget(Link.of(self.getHref() + "/" + RETRY_DEAD_LETTERS)).build()
                    .afford(HttpMethod.POST).withName(DROP_DEAD_LETTER).withInput(DeadLetterToDrop.class)
                    .withTarget(Link.of(self.getHref() + "/" + DROP_DEAD_LETTER)).build();
        }
        return new ProjectionModel(status).add(self.andAffordances(operations.toLink().getAffordances()));
    }

    private static Link selfOf(String name) {
        return linkTo(ProjectionOperationsController.class).slash(name).withSelfRel();
    }
}
