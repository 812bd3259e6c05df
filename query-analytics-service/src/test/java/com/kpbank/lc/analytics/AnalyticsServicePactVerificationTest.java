package com.kpbank.lc.analytics;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessageProviders;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.DecisionMaker;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The analytics service keeps the gateway's pact of its answers ({@code pacts/}): the facts of an applicant's
 * application projected from its events into the real Mongo-protocol store, and the status of its read model, each
 * answered by the real query handler and serialized by the platform's serializer as Axon Server carries it.
 */
@Provider(MessageContracts.ANALYTICS_SERVICE)
@PactFolder("../pacts")
class AnalyticsServicePactVerificationTest extends AnalyticsIntegrationTest {

    private static final Viewer APPLICANT = Viewer.of("pact-" + UUID.randomUUID().toString().substring(0, 8), Role.APPLICANT);
    private static boolean projected;

    @Autowired
    private Serializer serializer;

    @BeforeEach
    void providerOfAnswers(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget(List.of(AnalyticsServicePactVerificationTest.class.getPackageName())));
        if (!projected) {
            append(LCHistory.startedBy(APPLICANT.name(), Instant.parse("2026-12-01T10:00:00Z"))
                    .submitted(Duration.ofMinutes(30), "8000.00", "USD", "GB")
                    .approvedBy(Duration.ofHours(1), new DecisionMaker("manager")));
            awaitProjected();
            projected = true;
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void the_facts_the_gateway_reads_are_what_the_analytics_service_answers(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @PactVerifyProvider("LCFacts")
    MessageAndMetadata theApplicantsFacts() {
        return MessageProviders.carried(serializer, facts(APPLICANT));
    }

    @PactVerifyProvider("ProjectionStatuses")
    MessageAndMetadata projectionStatuses() {
        return MessageProviders.carried(serializer, queries.query(new FindProjectionStatuses(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join());
    }
}
