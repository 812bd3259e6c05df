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
import com.kpbank.lc.api.query.LCFacts;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway reads in the analytics service's answer: every fact, since its analytics resource shows them all. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.ANALYTICS_SERVICE, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class AnalyticsAnswersPactTest {

    @Pact(consumer = MessageContracts.GATEWAY)
    MessagePact whatTheGatewayReads(MessagePactBuilder pact) {
        return MessagePacts.expect(pact, AnswerSamples.facts()).toPact();
    }

    @Test
    void the_facts_convert_to_the_response_type_the_gateway_asks_with(List<Message> messages) {
        // a pact carries numbers as numbers: 8000.00 comes back as 8E+3, the same amount
        assertThat(messages).singleElement().satisfies(message -> assertThat(ResponseTypes.instanceOf(LCFacts.class).convert(MessagePacts.read(message)))
                .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(AnswerSamples.facts()));
    }
}
