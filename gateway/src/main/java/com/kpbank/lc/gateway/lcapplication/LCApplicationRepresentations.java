package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationHistoryPage;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;

/**
 * Builds the representations of applications: links and HAL-FORMS templates follow exactly from
 * {@link AllowedActions}, so a client offers what the user may do now without reading the state.
 */
public final class LCApplicationRepresentations {

    /** Link relation of the applications collection. */
    public static final LinkRelation LC_APPLICATIONS = LinkRelation.of("lc-applications");
    static final String START = "start";
    static final LinkRelation LC_APPLICATION = LinkRelation.of("lc-application");
    static final LinkRelation HISTORY = LinkRelation.of("history");
    static final LinkRelation UPDATES = LinkRelation.of("updates");
    /** Link relation of the work queues' live views. */
    public static final LinkRelation WORK_QUEUE_UPDATES = LinkRelation.of("work-queue-updates");

    private LCApplicationRepresentations() {
    }

    /** The application with a link and a template per allowed action. */
    static LCApplicationModel of(LCApplicationView application, Viewer user) {
        return of(application, user, collection());
    }

    /**
     * The application with a link and a template per allowed action, its links under {@code collection}: the
     * applications as the request that asks reaches them (a live view renders after its request returned).
     */
    static LCApplicationModel of(LCApplicationView application, Viewer user, Link collection) {
        Link self = selfOf(collection, application.lcApplicationId());
        List<Link> actions = actionLinks(self, application, user);
        List<Affordance> templates = actions.stream()
                .flatMap(link -> Affordances.of(link)
                        .afford(HttpMethod.POST)
                        .withInput(FlatPayload.of(Action.byRelation(link.getRel().value()).orElseThrow().body()))
                        .withName(link.getRel().value())
                        .toLink().getAffordances().stream())
                .toList();
        return new LCApplicationModel(application).add(self.andAffordances(templates)).add(timeLinks(self)).add(actions);
    }

    /**
     * The application as it was (at {@code asOf}, or at its version), read-only: what it is now, with the
     * actions allowed now, is its {@code lc-application}.
     */
    static LCApplicationModel pastOf(LCApplicationView application, Link collection, Instant asOf) {
        Link current = selfOf(collection, application.lcApplicationId());
        Link self = asOf == null ? current : Link.of(UriComponentsBuilder.fromUriString(current.getHref()).queryParam("asOf", asOf).toUriString());
        return new LCApplicationModel(application).add(self.withSelfRel()).add(current.withRel(LC_APPLICATION)).add(timeLinks(current));
    }

    /** The application as an item of a list: its links, no templates (they come with the item itself). */
    static LCApplicationModel itemOf(LCApplicationView application, Viewer user) {
        return itemOf(application, user, collection());
    }

    /** The application as an item, its links under {@code collection} (see {@link #of(LCApplicationView, Viewer, Link)}). */
    static LCApplicationModel itemOf(LCApplicationView application, Viewer user, Link collection) {
        Link self = selfOf(collection, application.lcApplicationId());
        return new LCApplicationModel(application).add(self).add(timeLinks(self)).add(actionLinks(self, application, user));
    }

    /** A page of the application's history, oldest first, with links to the neighbouring pages and to the application. */
    static PagedModel<?> historyOf(LCApplicationId id, LCApplicationHistoryPage page) {
        List<Object> entries = new ArrayList<>(page.entries().stream().map(HistoryEntryModel::new).toList());
        if (entries.isEmpty()) {
            entries.add(new EmbeddedWrappers(false).emptyCollectionOf(HistoryEntryModel.class));
        }
        List<Link> links = pageLinks(page.number(), page.size(), page.totalPages(), Link::withSelfRel);
        links.add(selfOf(id).withRel(LC_APPLICATION));
        return PagedModel.of(entries, new PagedModel.PageMetadata(page.size(), page.number(), page.totalElements(), page.totalPages()), links);
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
        List<Link> links = pageLinks(page.number(), page.size(), page.totalPages(), self -> self.withSelfRel().andAffordances(startTemplate(user)));
        return PagedModel.of(items, metadata, links);
    }

    /** The current request's own link and those of the first, previous, next and last pages, no further than the window. */
    private static List<Link> pageLinks(int number, int size, int totalPages, UnaryOperator<Link> self) {
        UriComponentsBuilder current = ServletUriComponentsBuilder.fromCurrentRequest();
        int last = Math.max(Math.min(totalPages - 1, PageRequest.lastPageWithinWindow(size)), 0);
        List<Link> links = new ArrayList<>();
        links.add(self.apply(Link.of(current.toUriString())));
        links.add(pageLink(current, 0, IanaLinkRelations.FIRST));
        if (number > 0) {
            links.add(pageLink(current, Math.min(number - 1, last), IanaLinkRelations.PREV));
        }
        if (number < last) {
            links.add(pageLink(current, number + 1, IanaLinkRelations.NEXT));
        }
        links.add(pageLink(current, last, IanaLinkRelations.LAST));
        return links;
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

    /** The live views of the bank's work queues, by queue ({@code pending-approval}, ...). */
    public static Link workQueueUpdatesTemplate() {
        return Link.of(linkTo(WorkQueuesController.class).toUri() + "/{queue}/updates", WORK_QUEUE_UPDATES);
    }

    /** The collection with its search and paging parameters. */
    public static Link collectionTemplate() {
        return Link.of(collection().getHref() + "{?q,state,page,size}", LC_APPLICATIONS);
    }

    /** The applications, as the current request reaches them. */
    static Link collection() {
        return linkTo(LCApplicationsController.class).withRel(LC_APPLICATIONS);
    }

    static Link selfOf(LCApplicationId id) {
        return selfOf(collection(), id);
    }

    static Link selfOf(Link collection, LCApplicationId id) {
        return Link.of(collection.getHref() + "/" + id).withSelfRel();
    }

    /** Where the application's past and its live view are. */
    private static List<Link> timeLinks(Link self) {
        return List.of(Link.of(self.getHref() + "/history{?page,size}", HISTORY), Link.of(self.getHref() + "/updates", UPDATES));
    }

    private static List<Link> actionLinks(Link self, LCApplicationView application, Viewer user) {
        return AllowedActions.of(application, user).stream()
                .map(action -> Link.of(self.getHref() + "/" + action.relation(), action.relation()))
                .toList();
    }

    private static Link pageLink(UriComponentsBuilder current, int page, LinkRelation relation) {
        return Link.of(current.cloneBuilder().replaceQueryParam("page", page).toUriString(), relation);
    }
}
