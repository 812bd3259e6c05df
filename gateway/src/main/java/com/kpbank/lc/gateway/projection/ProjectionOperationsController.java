package com.kpbank.lc.gateway.projection;

import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionStatus;
import com.kpbank.lc.api.projection.ReplayProjection;
import com.kpbank.lc.gateway.GatewayBus;
import com.kpbank.lc.gateway.problem.ProblemException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.hateoas.CollectionModel;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.MediaTypes;
import org.springframework.hateoas.mediatype.Affordances;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;

/**
 * The read models for operators (only operators reach this: see the security configuration): their
 * status as every service hosting one reports it (scatter-gather), and a {@code replay} that rebuilds
 * one from the event history. A replay answers {@code 202}: it runs on, its progress shows here.
 */
@RestController
@RequestMapping(path = "/projections", produces = {MediaTypes.HAL_JSON_VALUE, MediaTypes.HAL_FORMS_JSON_VALUE})
public class ProjectionOperationsController {

    public static final LinkRelation PROJECTIONS = LinkRelation.of("projections");
    static final String REPLAY = "replay";

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
    ResponseEntity<Void> replay(@PathVariable String name) {
        ReplayProjection replay = new ReplayProjection(status(name).name());
        bus.send(new GenericCommandMessage<>(GenericCommandMessage.asCommandMessage(replay), replay.commandName()));
        return ResponseEntity.accepted().location(selfOf(name).toUri()).build();
    }

    private List<ProjectionStatus> statuses() {
        return bus.queryAll(new FindProjectionStatuses(), ResponseTypes.multipleInstancesOf(ProjectionStatus.class)).stream()
                .flatMap(Collection::stream)
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    private ProjectionStatus status(String name) {
        return statuses().stream().filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("projection " + name));
    }

    private static ProjectionModel model(ProjectionStatus status) {
        Link self = selfOf(status.name());
        Link replay = Link.of(self.getHref() + "/" + REPLAY, REPLAY);
        return new ProjectionModel(status).add(self.andAffordances(
                Affordances.of(replay).afford(HttpMethod.POST).withName(REPLAY).toLink().getAffordances()));
    }

    private static Link selfOf(String name) {
        return linkTo(ProjectionOperationsController.class).slash(name).withSelfRel();
    }
}
