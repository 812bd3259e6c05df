package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.gateway.hal.FlatPayload;
import org.springframework.hateoas.Affordance;
import org.springframework.hateoas.IanaLinkRelations;
import org.springframework.hateoas.Link;
import org.springframework.hateoas.LinkRelation;
import org.springframework.hateoas.PagedModel;
import org.springframework.hateoas.mediatype.Affordances;
import org.springframework.hateoas.server.core.EmbeddedWrappers;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;

/**
 * Builds the representations of applications: links and HAL-FORMS templates follow exactly from
 * {@link AllowedActions}, so a client offers what the user may do now without reading the state.
 */
public final class LCApplicationRepresentations {

    /** Link relation of the applications collection. */
    public static final LinkRelation LC_APPLICATIONS = LinkRelation.of("lc-applications");
    static final String START = "start";

    private LCApplicationRepresentations() {
    }

    /** The application with a link and a template per allowed action. */
    static LCApplicationModel of(LCApplicationView application, Viewer user) {
        Link self = selfOf(application.lcApplicationId());
        List<Link> actions = actionLinks(application, user);
        List<Affordance> templates = actions.stream()
                .flatMap(link -> Affordances.of(link)
                        .afford(HttpMethod.POST)
                        .withInput(FlatPayload.of(Action.byRelation(link.getRel().value()).orElseThrow().body()))
                        .withName(link.getRel().value())
                        .toLink().getAffordances().stream())
                .toList();
        return new LCApplicationModel(application).add(self.andAffordances(templates)).add(actions);
    }

    /** The application as an item of a list: its links, no templates (they come with the item itself). */
    static LCApplicationModel itemOf(LCApplicationView application, Viewer user) {
        return new LCApplicationModel(application).add(selfOf(application.lcApplicationId())).add(actionLinks(application, user));
    }

    /**
     * A page of applications with links to the neighbouring pages, keeping the search and filters. The
     * metadata tells the whole number of matches; the links go no further than the search serves.
     */
    static PagedModel<?> pageOf(LCApplicationPage page, Viewer user) {
        List<Object> items = new ArrayList<>(page.content().stream().map(view -> itemOf(view, user)).toList());
        if (items.isEmpty()) {
            items.add(new EmbeddedWrappers(false).emptyCollectionOf(LCApplicationModel.class));
        }
        PagedModel.PageMetadata metadata = new PagedModel.PageMetadata(page.size(), page.number(), page.totalElements(), page.totalPages());
        UriComponentsBuilder current = ServletUriComponentsBuilder.fromCurrentRequest();
        int last = Math.max(Math.min(page.totalPages() - 1, PageRequest.lastPageWithinWindow(page.size())), 0);
        List<Link> links = new ArrayList<>();
        links.add(Link.of(current.toUriString()).withSelfRel().andAffordances(startTemplate(user)));
        links.add(pageLink(current, 0, IanaLinkRelations.FIRST));
        if (page.number() > 0) {
            links.add(pageLink(current, Math.min(page.number() - 1, last), IanaLinkRelations.PREV));
        }
        if (page.number() < last) {
            links.add(pageLink(current, page.number() + 1, IanaLinkRelations.NEXT));
        }
        links.add(pageLink(current, last, IanaLinkRelations.LAST));
        return PagedModel.of(items, metadata, links);
    }

    /** The {@code start} template, for applicants only: it is they who start applications. */
    public static List<Affordance> startTemplate(Viewer user) {
        if (!user.has(Role.APPLICANT)) {
            return List.of();
        }
        return Affordances.of(collection())
                .afford(HttpMethod.POST)
                .withInput(FlatPayload.of(StartRequest.class))
                .withName(START)
                .toLink().getAffordances();
    }

    /** The collection with its search and paging parameters. */
    public static Link collectionTemplate() {
        return Link.of(collection().getHref() + "{?q,state,page,size}", LC_APPLICATIONS);
    }

    private static Link collection() {
        return linkTo(LCApplicationsController.class).withRel(LC_APPLICATIONS);
    }

    static Link selfOf(LCApplicationId id) {
        return linkTo(LCApplicationsController.class).slash(id).withSelfRel();
    }

    private static List<Link> actionLinks(LCApplicationView application, Viewer user) {
        Link self = selfOf(application.lcApplicationId());
        return AllowedActions.of(application, user).stream()
                .map(action -> Link.of(self.getHref() + "/" + action.relation(), action.relation()))
                .toList();
    }

    private static Link pageLink(UriComponentsBuilder current, int page, LinkRelation relation) {
        return Link.of(current.cloneBuilder().replaceQueryParam("page", page).toUriString(), relation);
    }
}
