package com.kpbank.lc.gateway.root;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;

/**
 * The one URL a client knows: from here it discovers everything else it may see and do.
 * <p>
 * The root's links depend on nothing but the address the API is reached at and the viewer's roles, so they are
 * built once for each pair and kept (building them is most of what a {@code GET /} costs). The address comes from
 * the request's {@code Host}, which anyone can vary: a bounded number of pairs is kept, the least used dropped.
 * The document is still written for each request (its titles follow its {@code Accept-Language}).
 */
@RestController
class ApiRootController {

    private static final int ROOTS_KEPT = 64;
    /** Whom the root's links are built for: anyone of the roles in question, so that whose they are cannot matter. */
    private static final String ANYONE = "anyone";

    private final Cache<Root, List<Link>> roots = Caffeine.newBuilder().maximumSize(ROOTS_KEPT).build();

    @GetMapping(path = "/", produces = {MediaTypes.HAL_JSON_VALUE, MediaTypes.HAL_FORMS_JSON_VALUE})
    RepresentationModel<?> root(Viewer viewer) {
        String self = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
        return new RepresentationModel<>(roots.get(new Root(self, viewer.roles()), ApiRootController::links));
    }

    private static List<Link> links(Root root) {
        Viewer viewer = new Viewer(ANYONE, root.roles());
        List<Link> links = new ArrayList<>();
        links.add(Link.of(root.self()).withSelfRel().andAffordances(LCApplicationRepresentations.startTemplate(viewer)));
        links.add(LCApplicationRepresentations.collectionTemplate());
        links.add(linkTo(LCFactsController.class).withRel(LCFactsController.ANALYTICS));
        if (viewer.worksForTheBank()) {
            links.add(LCApplicationRepresentations.workQueueUpdatesTemplate());
        }
        if (viewer.has(Role.OPERATOR)) {
            links.add(linkTo(ProjectionOperationsController.class).withRel(ProjectionOperationsController.PROJECTIONS));
        }
        return List.copyOf(links);
    }

    /** What the root's links are made of: where the API is reached, and what the viewer may do. */
    private record Root(String self, Set<Role> roles) {
    }
}
