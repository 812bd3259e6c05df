package com.kpbank.lc.gateway.contract;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import com.kpbank.lc.api.contract.AnswerSamples;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessagePacts;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.query.LCApplicationHistoryPage;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationVersions;
import com.kpbank.lc.api.query.LCApplicationView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway reads in the search service's answers — an application, a page of them, the status of its read
 * model, a page of an application's history, the versions a live view missed — every field, since it shows them whole. Each answer, read as it crosses Axon Server, converts to the
 * response type the gateway asks with.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.SEARCH_SERVICE, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class SearchAnswersPactTest {

    @Pact(consumer = MessageContracts.GATEWAY)
    MessagePact whatTheGatewayReads(MessagePactBuilder pact) {
        pact = MessagePacts.expect(pact, AnswerSamples.application());
        pact = MessagePacts.expect(pact, AnswerSamples.page());
        pact = MessagePacts.expect(pact, AnswerSamples.projectionStatuses());
        pact = MessagePacts.expect(pact, AnswerSamples.history());
        pact = MessagePacts.expect(pact, AnswerSamples.versions());
        return pact.toPact();
    }

    @Test
    void each_answer_converts_to_the_response_type_the_gateway_asks_with(List<Message> messages) {
        Map<String, Object> answers = messages.stream().collect(Collectors.toMap(Message::getDescription, MessagePacts::read));
        assertThat(ResponseTypes.optionalInstanceOf(LCApplicationView.class).convert(answers.get("LCApplicationView")))
                .contains(AnswerSamples.application());
        assertThat(ResponseTypes.instanceOf(LCApplicationPage.class).convert(answers.get("LCApplicationPage"))).isEqualTo(AnswerSamples.page());
        assertThat(ResponseTypes.instanceOf(ProjectionStatuses.class).convert(answers.get("ProjectionStatuses")))
                .isEqualTo(AnswerSamples.projectionStatuses());
        assertThat(ResponseTypes.optionalInstanceOf(LCApplicationHistoryPage.class).convert(answers.get("LCApplicationHistoryPage")))
                .contains(AnswerSamples.history());
        assertThat(ResponseTypes.instanceOf(LCApplicationVersions.class).convert(answers.get("LCApplicationVersions")))
                .isEqualTo(AnswerSamples.versions());
    }
}
