package com.kpbank.lc.saga.autoapproval;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessagePacts;
import com.kpbank.lc.api.contract.EventSamples;
import com.kpbank.lc.api.value.DecisionMaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the auto-approval relies on in the command service's events: the submission's amount and tolerance, each
 * check's decision, and which application a decision or cancellation ends. The messages, read as the saga service
 * reads events, take a small application from its submission through its three passed checks to the approval.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.COMMAND_SERVICE, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class AutoApprovalEventsPactTest {

    private static final String APPLICATION = EventSamples.ID.toString();

    @Pact(consumer = MessageContracts.SAGA_SERVICE)
    MessagePact whatTheAutoApprovalReads(MessagePactBuilder pact) {
        pact = MessagePacts.expect(pact, EventSamples.submitted(), "lcApplicationId", "amount", "tolerancePercent");
        pact = MessagePacts.expect(pact, EventSamples.productValueValidated(), "lcApplicationId", "outcome.decision");
        pact = MessagePacts.expect(pact, EventSamples.productLegalityValidated(), "lcApplicationId", "outcome.decision");
        pact = MessagePacts.expect(pact, EventSamples.applicantCreditValidated(), "lcApplicationId", "outcome.decision");
        pact = MessagePacts.expect(pact, EventSamples.approved(), "lcApplicationId");
        pact = MessagePacts.expect(pact, EventSamples.declined(), "lcApplicationId");
        pact = MessagePacts.expect(pact, EventSamples.cancelled(), "lcApplicationId");
        return pact.toPact();
    }

    @Test
    void the_messages_drive_the_auto_approval_to_its_approval_and_each_decision_or_cancellation_ends_it(List<Message> messages) {
        Map<String, Object> events = messages.stream().collect(Collectors.toMap(Message::getDescription, MessagePacts::read));
        fixture().givenAggregate(APPLICATION).published(events.get("LCApplicationSubmitted"), events.get("ProductValueValidated"),
                        events.get("ProductLegalityValidated"))
                .whenAggregate(APPLICATION).publishes(events.get("ApplicantCreditValidated"))
                .expectDispatchedCommands(new ApproveLCApplication(EventSamples.ID, DecisionMaker.AUTO_APPROVAL, null));
        for (String ending : List.of("LCApplicationApproved", "LCApplicationDeclined", "LCApplicationCancelled")) {
            fixture().givenAggregate(APPLICATION).published(events.get("LCApplicationSubmitted"), events.get("ProductValueValidated"))
                    .whenAggregate(APPLICATION).publishes(events.get(ending))
                    .expectActiveSagas(0)
                    .expectNoDispatchedCommands();
        }
    }

    private static SagaTestFixture<AutoApprovalSaga> fixture() {
        SagaTestFixture<AutoApprovalSaga> fixture = new SagaTestFixture<>(AutoApprovalSaga.class);
        fixture.registerResource(new AutoApprovalPolicy(new AutoApprovalProperties()));
        fixture.registerResource(new AutoApprovalOutcomes(new SimpleMeterRegistry()));
        fixture.registerCommandGateway(AutoApprovalGateway.class);
        return fixture;
    }
}
