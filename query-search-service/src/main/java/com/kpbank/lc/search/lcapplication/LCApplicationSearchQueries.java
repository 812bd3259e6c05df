package com.kpbank.lc.search.lcapplication;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.kpbank.lc.api.command.CommandRefusal.FieldViolation;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCApplicationsInWorkQueue;
import com.kpbank.lc.api.query.FindMyLCApplications;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.SearchLCApplications;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.search.index.SearchReadModel;
import jakarta.validation.Validator;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Answers the LC application queries from the search read model. Every query carries its viewer, and
 * the rule of who sees what ({@link Viewer#maySee}) is part of the Elasticsearch query itself: an
 * applicant's query can only ever match its own applications. A malformed query is refused
 * ({@link QueryRefusals}).
 */
@Component
class LCApplicationSearchQueries {

    /** Elasticsearch's default {@code index.max_result_window}: pages reach no further. */
    static final int MAX_RESULTS = 10_000;
    private static final List<String> TEXT_FIELDS = List.of(
            "clientReference", "applicant.name", "beneficiary.name", "merchandise.items.description");
    private static final SortOptions BEST_MATCH = SortOptions.of(sort -> sort.score(score -> score.order(SortOrder.Desc)));
    private static final SortOptions MOST_RECENTLY_STARTED = sortBy("startedAt", SortOrder.Desc);
    private static final SortOptions OLDEST_SUBMISSION = sortBy("submittedAt", SortOrder.Asc);
    /** Ties broken by id, so that pages are stable. */
    private static final SortOptions BY_ID = sortBy(LCApplicationDocument.ID, SortOrder.Asc);

    private final ElasticsearchClient client;
    private final Validator validator;

    LCApplicationSearchQueries(ElasticsearchClient searchElasticsearchClient, Validator validator) {
        this.client = searchElasticsearchClient;
        this.validator = validator;
    }

    /**
     * The application, or {@code null} when the viewer may not see it: a query asks it as {@code optionalInstanceOf},
     * a subscription as {@code instanceOf} (its first answer is converted to the asked type before it crosses Axon
     * Server, and the serializer writes no {@code Optional}).
     */
    @QueryHandler
    LCApplicationView handle(FindLCApplication query) {
        validate(query, null);
        Query byId = query(bool -> bool
                .filter(term(LCApplicationDocument.ID, query.lcApplicationId().toString()))
                .filter(visibleTo(query.viewer())));
        return search(byId, List.of(BY_ID), PageRequest.first(1)).content().stream().findFirst().orElse(null);
    }

    /** The viewer's own applications: drafts first (they score 1, the others 0), then the most recently started. */
    @QueryHandler
    LCApplicationPage handle(FindMyLCApplications query) {
        validate(query, query.page());
        Query own = query(bool -> bool
                .filter(term("applicantId", query.viewer().name()))
                .filter(visibleTo(query.viewer()))
                .should(draft -> draft.constantScore(score -> score.filter(term("state", LCState.DRAFT.name())).boost(1.0f))));
        return search(own, List.of(BEST_MATCH, MOST_RECENTLY_STARTED, BY_ID), query.page());
    }

    @QueryHandler
    LCApplicationPage handle(FindLCApplicationsInWorkQueue query) {
        validate(query, query.page());
        Query submitted = term("state", LCState.SUBMITTED.name());
        Query inQueue = switch (query.queue()) {
            case PENDING_PRODUCT_VALIDATION -> query(bool -> bool.filter(submitted)
                    .should(notChecked("productValueCheck"), notChecked("productLegalityCheck")).minimumShouldMatch("1"));
            case PENDING_APPLICANT_VALIDATION -> query(bool -> bool.filter(submitted, notChecked("applicantCreditCheck")));
            case PENDING_APPROVAL -> submitted;
            case APPROVED -> term("state", LCState.APPROVED.name());
        };
        return search(query(bool -> bool.filter(inQueue, visibleTo(query.viewer()))), List.of(OLDEST_SUBMISSION, BY_ID), query.page());
    }

    /** Best match first when there is text, else the most recently started first. */
    @QueryHandler
    LCApplicationPage handle(SearchLCApplications query) {
        validate(query, query.page());
        if (query.minAmount() != null && query.maxAmount() != null && query.minAmount().compareTo(query.maxAmount()) > 0) {
            throw QueryRefusals.refused("minAmount must not exceed maxAmount", List.of(new FieldViolation("minAmount", "must not exceed maxAmount")));
        }
        if (query.startedFrom() != null && query.startedTo() != null && query.startedFrom().isAfter(query.startedTo())) {
            throw QueryRefusals.refused("startedFrom must not be after startedTo", List.of(new FieldViolation("startedFrom", "must not be after startedTo")));
        }
        boolean hasText = query.text() != null && !query.text().isBlank();
        Query search = query(bool -> {
            bool.filter(visibleTo(query.viewer()));
            if (hasText) {
                bool.must(must -> must.multiMatch(match -> match.query(query.text()).fields(TEXT_FIELDS).fuzziness("AUTO")));
            }
            if (!query.states().isEmpty()) {
                bool.filter(terms("state", query.states().stream().map(LCState::name).toList()));
            }
            if (query.currency() != null) {
                bool.filter(term("amount.currency", query.currency()));
            }
            if (query.minAmount() != null || query.maxAmount() != null) {
                bool.filter(filter -> filter.range(range -> range.number(amount -> amount.field("amount.amount")
                        .gte(query.minAmount() == null ? null : query.minAmount().doubleValue())
                        .lte(query.maxAmount() == null ? null : query.maxAmount().doubleValue()))));
            }
            if (query.startedFrom() != null || query.startedTo() != null) {
                bool.filter(filter -> filter.range(range -> range.date(started -> started.field("startedAt").format("strict_date")
                        .gte(query.startedFrom() == null ? null : query.startedFrom().toString())
                        .lt(query.startedTo() == null ? null : query.startedTo().plusDays(1).toString()))));
            }
            return bool;
        });
        return search(search, hasText ? List.of(BEST_MATCH, MOST_RECENTLY_STARTED, BY_ID) : List.of(MOST_RECENTLY_STARTED, BY_ID), query.page());
    }

    /**
     * The rule of who sees what, as a filter: an applicant its own applications, the bank's staff the
     * submitted and decided ones of every applicant, a viewer with both roles either, anybody else nothing.
     */
    static Query visibleTo(Viewer viewer) {
        List<Query> visible = new ArrayList<>();
        if (viewer.has(Role.APPLICANT)) {
            visible.add(term("applicantId", viewer.name()));
        }
        if (viewer.worksForTheBank()) {
            visible.add(terms("state", Viewer.bankVisibleStates().stream().map(LCState::name).toList()));
        }
        return visible.isEmpty() ? Query.of(query -> query.matchNone(none -> none))
                : query(bool -> bool.should(visible).minimumShouldMatch("1"));
    }

    private LCApplicationPage search(Query query, List<SortOptions> sort, PageRequest page) {
        try {
            SearchResponse<LCApplicationView> response = client.search(search -> search.index(SearchReadModel.ALIAS)
                    .query(query).sort(sort).from(page.offset()).size(page.size())
                    .trackTotalHits(total -> total.enabled(true)), LCApplicationView.class);
            return new LCApplicationPage(response.hits().hits().stream().map(Hit::source).toList(),
                    page.page(), page.size(), response.hits().total().value());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the search read model: " + e.getMessage(), e);
        }
    }

    private void validate(Object query, PageRequest page) {
        QueryRefusals.validate(validator, query);
        if (page != null && page.offset() + page.size() > MAX_RESULTS) {
            throw QueryRefusals.refused("pages reach only the first " + MAX_RESULTS + " results", List.of(new FieldViolation("page.page", "too far")));
        }
    }

    private static Query query(Function<BoolQuery.Builder, BoolQuery.Builder> bool) {
        return Query.of(query -> query.bool(builder -> bool.apply(builder)));
    }

    private static Query term(String field, String value) {
        return Query.of(query -> query.term(term -> term.field(field).value(value)));
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(query -> query.terms(terms -> terms.field(field)
                .terms(set -> set.value(values.stream().map(FieldValue::of).toList()))));
    }

    private static Query notChecked(String check) {
        return query(bool -> bool.mustNot(missing -> missing.exists(exists -> exists.field(check + ".decision"))));
    }

    private static SortOptions sortBy(String field, SortOrder order) {
        return SortOptions.of(sort -> sort.field(by -> by.field(field).order(order)));
    }
}
