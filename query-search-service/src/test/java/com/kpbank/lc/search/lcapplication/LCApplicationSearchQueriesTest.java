package com.kpbank.lc.search.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindLCApplicationsInWorkQueue;
import com.kpbank.lc.api.query.FindMyLCApplications;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.SearchLCApplications;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.query.WorkQueue;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.api.value.Money;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every query of the search read model, through the query bus, on a history projected from the event
 * store. The applications start in 2001, before those of any other test, so that they lead the bank's
 * work queues (oldest submission first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LCApplicationSearchQueriesTest extends SearchSpringTest {

    private static final Viewer MANAGER = Viewer.of("manager", Role.TRADE_FINANCE_MANAGER);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Viewer alice = Viewer.of("alice-" + suffix, Role.APPLICANT);
    private final Viewer bob = Viewer.of("bob-" + suffix, Role.APPLICANT);

    private final LCApplicationHistory steelDraft = LCApplicationHistory.draft(alice.name(), "PO-STEEL-01", "steel pipes", "Hanseatic Steelworks",
            Money.of("12500", "USD"), at("2001-01-05"));
    private final LCApplicationHistory shirts = LCApplicationHistory.draft(alice.name(), "PO-SHIRTS-02", "cotton shirts", "Lisboa Textiles",
            Money.of("80000", "EUR"), at("2001-01-03")).submitted(at("2001-02-01"))
            .then(id -> new ProductValueValidated(id, Decision.approved("fair")));
    private final LCApplicationHistory approved = LCApplicationHistory.draft(alice.name(), "PO-OIL-03", "olive oil", "Andes Foods",
            Money.of("5000", "USD"), at("2001-01-02")).submitted(at("2001-01-20"))
            .then(id -> new ProductValueValidated(id, Decision.approved("fair")))
            .then(id -> new ProductLegalityValidated(id, Decision.approved("legal")))
            .then(id -> new ApplicantCreditValidated(id, Decision.approved("sound")))
            .approved();
    private final LCApplicationHistory copperDraft = LCApplicationHistory.started(alice.name(), "PO-COPPER-04", at("2001-01-06"));
    private final LCApplicationHistory cancelled = LCApplicationHistory.started(alice.name(), "PO-VOID-05", at("2001-01-01")).cancelled("typo");
    private final LCApplicationHistory beams = LCApplicationHistory.draft(bob.name(), "BOB-BEAMS-01", "steel beams", "Nordic Steel",
            Money.of("300000", "USD"), at("2001-01-04")).submitted(at("2001-01-25"))
            .then(id -> new ApplicantCreditValidated(id, Decision.approved("sound")));
    private final LCApplicationHistory bobsPipes = LCApplicationHistory.draft(bob.name(), "BOB-PIPES-02", "steel pipes", "Hanseatic Steelworks",
            Money.of("9000", "USD"), at("2001-01-07"));

    @Autowired
    private EventStore eventStore;
    @Autowired
    private QueryGateway queries;

    @BeforeAll
    void publishTheHistory() {
        List<LCApplicationHistory> all = List.of(steelDraft, shirts, approved, copperDraft, cancelled, beams, bobsPipes);
        eventStore.publish(all.stream().flatMap(history -> history.events().stream()).toList());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> all.forEach(history -> assertThat(find(history.id(), Viewer.of(
                all.indexOf(history) < 5 ? alice.name() : bob.name(), Role.APPLICANT))).hasValueSatisfying(
                view -> assertThat(view.version()).isEqualTo(history.version()))));
    }

    @Test
    void findsAnApplicationByIdWithEveryFieldItsEventsSet() {
        LCApplicationView view = find(approved.id(), alice).orElseThrow();

        assertThat(view.lcApplicationId()).isEqualTo(approved.id());
        assertThat(view.applicantId()).isEqualTo(new ApplicantId(alice.name()));
        assertThat(view.clientReference()).isEqualTo(new ClientReference("PO-OIL-03"));
        assertThat(view.state()).isEqualTo(LCState.APPROVED);
        assertThat(view.applicant()).isEqualTo(LCApplicationHistory.party("Importer of " + alice.name(), "DE"));
        assertThat(view.beneficiary()).isEqualTo(LCApplicationHistory.party("Andes Foods", "FR"));
        assertThat(view.advisingBank().bic().value()).isEqualTo("BNPAFRPP");
        assertThat(view.amount()).isEqualTo(Money.of("5000.00", "USD"));
        assertThat(view.merchandise().items()).singleElement().satisfies(item -> assertThat(item.description()).isEqualTo("olive oil"));
        assertThat(view.requiredDocuments().documents()).hasSize(2);
        assertThat(view.conditions().latestShipmentDate()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(view.expiryDate()).isEqualTo(LocalDate.of(2030, 6, 30));
        assertThat(Stream.of(view.productValueCheck(), view.productLegalityCheck(), view.applicantCreditCheck())).allMatch(Decision::isApproved);
        assertThat(view.startedAt()).isEqualTo(at("2001-01-02"));
        assertThat(view.submittedAt()).isEqualTo(at("2001-01-20"));
        assertThat(view.decidedAt()).isAfter(view.submittedAt());
        assertThat(view.decidedBy()).isEqualTo(new DecisionMaker("manager"));
        assertThat(view.version()).isEqualTo(approved.version());
    }

    @Test
    void nobodySeesAnotherApplicantsApplicationAndTheBankSeesNoDrafts() {
        assertThat(find(bobsPipes.id(), alice)).isEmpty();
        assertThat(find(steelDraft.id(), MANAGER)).isEmpty();
        assertThat(find(shirts.id(), MANAGER)).isPresent();
        assertThat(find(shirts.id(), Viewer.of("nobody"))).isEmpty();
        assertThat(search(new SearchLCApplications(alice, "steel pipes", null, null, null, null, null, null, PageRequest.first(100))).content())
                .extracting(LCApplicationView::applicantId).containsOnly(new ApplicantId(alice.name()));
    }

    @Test
    void myApplicationsListDraftsFirstThenTheMostRecentlyStartedPageByPage() {
        List<LCApplicationId> expected = List.of(copperDraft.id(), steelDraft.id(), shirts.id(), approved.id(), cancelled.id());
        LCApplicationPage first = mine(new PageRequest(0, 2));
        LCApplicationPage last = mine(new PageRequest(2, 2));

        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(ids(mine(new PageRequest(1, 2)))).containsExactlyElementsOf(expected.subList(2, 4));
        assertThat(ids(last)).containsExactly(cancelled.id());
    }

    @Test
    void workQueuesListOldestSubmissionFirst() {
        assertThat(ids(queue(WorkQueue.PENDING_APPROVAL))).startsWith(beams.id(), shirts.id());
        assertThat(ids(queue(WorkQueue.PENDING_PRODUCT_VALIDATION))).startsWith(beams.id(), shirts.id());
        assertThat(ids(queue(WorkQueue.PENDING_APPLICANT_VALIDATION))).startsWith(shirts.id()).doesNotContain(beams.id());
        assertThat(ids(queue(WorkQueue.APPROVED))).startsWith(approved.id());
        assertThat(ids(queue(WorkQueue.PENDING_APPROVAL))).doesNotContain(steelDraft.id(), approved.id(), cancelled.id());
    }

    @Test
    void fuzzySearchToleratesTyposAndRanksTheBestMatchFirst() {
        assertThat(ids(search(new SearchLCApplications(alice, "stell pipes", null, null, null, null, null, null, PageRequest.first(10)))))
                .startsWith(steelDraft.id()).doesNotContain(bobsPipes.id());
        assertThat(ids(search(new SearchLCApplications(alice, "Hanseatik", null, null, null, null, null, null, PageRequest.first(10)))))
                .containsExactly(steelDraft.id());
        assertThat(ids(search(new SearchLCApplications(alice, "PO-SHIRTS-02", null, null, null, null, null, null, PageRequest.first(1)))))
                .containsExactly(shirts.id());
        assertThat(ids(search(new SearchLCApplications(MANAGER, "stell beams", null, null, null, null, null, null, PageRequest.first(1)))))
                .containsExactly(beams.id());
        assertThat(ids(search(new SearchLCApplications(MANAGER, "stell pipes", null, null, null, null, null, null, PageRequest.first(100)))))
                .doesNotContain(steelDraft.id(), bobsPipes.id());
    }

    @Test
    void searchFiltersByStateCurrencyAmountAndStartDateWithTotals() {
        assertThat(ids(search(filter(Set.of(LCState.SUBMITTED, LCState.APPROVED), null, null, null, null, null))))
                .containsExactly(shirts.id(), approved.id());
        assertThat(ids(search(filter(Set.of(), "EUR", null, null, null, null)))).containsExactly(shirts.id());
        assertThat(ids(search(filter(Set.of(), null, new BigDecimal("10000"), new BigDecimal("80000"), null, null))))
                .containsExactly(steelDraft.id(), shirts.id());
        assertThat(ids(search(filter(Set.of(), null, null, null, LocalDate.of(2001, 1, 2), LocalDate.of(2001, 1, 3)))))
                .containsExactly(shirts.id(), approved.id());
        LCApplicationPage all = search(new SearchLCApplications(alice, null, null, null, null, null, null, null, new PageRequest(1, 3)));
        assertThat(all.totalElements()).isEqualTo(5);
        assertThat(ids(all)).containsExactly(approved.id(), cancelled.id());
    }

    @Test
    void malformedQueriesAreRefusedAsInvalidRequests() {
        assertRefused(new FindMyLCApplications(alice, new PageRequest(0, 0)));
        assertRefused(new FindMyLCApplications(alice, new PageRequest(100, 100)));
        assertRefused(new FindLCApplicationsInWorkQueue(null, MANAGER, PageRequest.first(10)));
        assertRefused(filter(Set.of(), null, new BigDecimal("10"), new BigDecimal("1"), null, null));
        assertRefused(filter(Set.of(), "XYZ", null, null, null, null));
        assertRefused(filter(Set.of(), null, null, null, LocalDate.of(2001, 2, 1), LocalDate.of(2001, 1, 1)));
    }

    private void assertRefused(Object query) {
        assertThatThrownBy(() -> queries.query(query, ResponseTypes.instanceOf(LCApplicationPage.class)).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(QueryExecutionException.class)
                .satisfies(refusal -> assertThat(((QueryExecutionException) refusal).getDetails())
                        .hasValueSatisfying(details -> assertThat(((CommandRefusal) details).code()).isEqualTo(CommandRefusal.INVALID_COMMAND)));
    }

    private SearchLCApplications filter(Set<LCState> states, String currency, BigDecimal min, BigDecimal max, LocalDate from, LocalDate to) {
        return new SearchLCApplications(alice, null, states, currency, min, max, from, to, PageRequest.first(10));
    }

    private Optional<LCApplicationView> find(LCApplicationId id, Viewer viewer) {
        return queries.query(new FindLCApplication(id, viewer), ResponseTypes.optionalInstanceOf(LCApplicationView.class)).join();
    }

    private LCApplicationPage mine(PageRequest page) {
        return queries.query(new FindMyLCApplications(alice, page), LCApplicationPage.class).join();
    }

    private LCApplicationPage queue(WorkQueue queue) {
        return queries.query(new FindLCApplicationsInWorkQueue(queue, MANAGER, PageRequest.first(20)), LCApplicationPage.class).join();
    }

    private LCApplicationPage search(SearchLCApplications query) {
        return queries.query(query, LCApplicationPage.class).join();
    }

    private static List<LCApplicationId> ids(LCApplicationPage page) {
        return page.content().stream().map(LCApplicationView::lcApplicationId).toList();
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }
}
