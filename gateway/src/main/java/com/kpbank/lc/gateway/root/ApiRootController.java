package com.kpbank.lc.gateway.root;

import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.gateway.analytics.LCFactsController;
import com.kpbank.lc.gateway.lcapplication.LCApplicationRepresentations;
import com.kpbank.lc.gateway.projection.ProjectionOperationsController;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.MediaTypes;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;

/** The one URL a client knows: from here it discovers everything else it may see and do. */
@RestController
class ApiRootController {

    @GetMapping(path = "/", produces = {MediaTypes.HAL_JSON_VALUE, MediaTypes.HAL_FORMS_JSON_VALUE})
    RepresentationModel<?> root(Viewer viewer) {
        RepresentationModel<?> root = new RepresentationModel<>();
        root.add(Link.of(ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString()).withSelfRel().andAffordances(LCApplicationRepresentations.startTemplate(viewer)));
        root.add(LCApplicationRepresentations.collectionTemplate());
        root.add(linkTo(LCFactsController.class).withRel(LCFactsController.ANALYTICS));
        if (viewer.worksForTheBank()) {
            root.add(LCApplicationRepresentations.workQueueUpdatesTemplate());
        }
        if (viewer.has(Role.OPERATOR)) {
            root.add(linkTo(ProjectionOperationsController.class).withRel(ProjectionOperationsController.PROJECTIONS));
        }
        return root;
    }
}
