package com.kpbank.lc.search.lcapplication;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessageProviders;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.query.FindLCApplication;
import com.kpbank.lc.api.query.FindMyLCApplications;
import com.kpbank.lc.api.query.FindLCApplicationHistory;
import com.kpbank.lc.api.query.FindLCApplicationVersions;
import com.kpbank.lc.api.query.LCApplicationHistoryPage;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationVersions;
import com.kpbank.lc.api.value.Actor;
import org.axonframework.eventhandling.DomainEventMessage;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.Money;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The search service keeps the gateway's pact of its answers ({@code pacts/}): an application projected from its
 * events into the real Elasticsearch node, found by id and in its applicant's list, its history and its last version
 * rebuilt from the event store, and the status of the read model,
 * each answered by the real query handlers and serialized by the platform's serializer as Axon Server carries it.
 */
@Provider(MessageContracts.SEARCH_SERVICE)
@PactFolder("../pacts")
class SearchServicePactVerificationTest extends SearchSpringTest {

    private static final Viewer APPLICANT = Viewer.of("pact-" + UUID.randomUUID().toString().substring(0, 8), Role.APPLICANT);
    private static final LCApplicationHistory APPROVED = LCApplicationHistory.draft(APPLICANT.name(), "PO-PACT-01", "steel pipes",
                    "Hanseatic Steelworks", Money.of("8000", "USD"), Instant.parse("2026-12-01T10:00:00Z")).submitted()
            .then(id -> new ProductValueValidated(id, Decision.approved("fair")))
            .then(id -> new ProductLegalityValidated(id, Decision.approved("legal")))
            .then(id -> new ApplicantCreditValidated(id, Decision.approved("sound")))
            .approved();

    @Autowired
    private EventStore eventStore;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private Serializer serializer;

    @BeforeEach
    void providerOfAnswers(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget(List.of(SearchServicePactVerificationTest.class.getPackageName())));
        if (find().isEmpty()) {
            eventStore.publish(APPROVED.events().stream()
                    .<DomainEventMessage<?>>map(event -> event.andMetaData(Actor.user(APPLICANT.name()).metaData())).toList());
            await().atMost(Duration.ofMinutes(1)).until(() -> find().filter(view -> view.version() == APPROVED.version()).isPresent());
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void every_answer_the_gateway_reads_is_what_the_search_service_answers(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @PactVerifyProvider("LCApplicationView")
    MessageAndMetadata application() {
        return MessageProviders.carried(serializer, find().orElseThrow());
    }

    @PactVerifyProvider("LCApplicationPage")
    MessageAndMetadata page() {
        return MessageProviders.carried(serializer, queries.query(new FindMyLCApplications(APPLICANT, PageRequest.first(20)), ResponseTypes.instanceOf(LCApplicationPage.class)).join());
    }

    @PactVerifyProvider("ProjectionStatuses")
    MessageAndMetadata projectionStatuses() {
        return MessageProviders.carried(serializer, queries.query(new FindProjectionStatuses(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join());
    }

    @PactVerifyProvider("LCApplicationHistoryPage")
    MessageAndMetadata history() {
        return MessageProviders.carried(serializer, queries.query(new FindLCApplicationHistory(APPROVED.id(), APPLICANT, PageRequest.first(1)),
                ResponseTypes.optionalInstanceOf(LCApplicationHistoryPage.class)).join().orElseThrow());
    }

    @PactVerifyProvider("LCApplicationVersions")
    MessageAndMetadata versions() {
        return MessageProviders.carried(serializer, queries.query(new FindLCApplicationVersions(APPROVED.id(), APPLICANT, APPROVED.version() - 1),
                ResponseTypes.instanceOf(LCApplicationVersions.class)).join());
    }

    private Optional<LCApplicationView> find() {
        return queries.query(new FindLCApplication(APPROVED.id(), APPLICANT), ResponseTypes.optionalInstanceOf(LCApplicationView.class)).join();
    }
}
