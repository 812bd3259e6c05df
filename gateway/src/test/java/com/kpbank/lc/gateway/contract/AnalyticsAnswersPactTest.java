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
import com.kpbank.lc.api.query.LCFacts;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway reads in the analytics service's answers: every fact, since its analytics resource shows them all,
 * and the status of its read model, which the operators' projections resource shows.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.ANALYTICS_SERVICE, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class AnalyticsAnswersPactTest {

    @Pact(consumer = MessageContracts.GATEWAY)
    MessagePact whatTheGatewayReads(MessagePactBuilder pact) {
        return MessagePacts.expect(MessagePacts.expect(pact, AnswerSamples.facts()), AnswerSamples.projectionStatuses()).toPact();
    }

    @Test
    void the_facts_and_the_read_models_status_convert_to_the_response_types_the_gateway_asks_with(List<Message> messages) {
        Map<String, Object> answers = messages.stream().collect(Collectors.toMap(Message::getDescription, MessagePacts::read));
        // a pact carries numbers as numbers: 8000.00 comes back as 8E+3, the same amount
        assertThat(ResponseTypes.instanceOf(LCFacts.class).convert(answers.get("LCFacts")))
                .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(AnswerSamples.facts());
        assertThat(ResponseTypes.instanceOf(ProjectionStatuses.class).convert(answers.get("ProjectionStatuses")))
                .isEqualTo(AnswerSamples.projectionStatuses());
    }
}
