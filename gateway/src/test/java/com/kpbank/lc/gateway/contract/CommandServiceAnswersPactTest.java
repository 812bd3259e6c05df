package com.kpbank.lc.gateway.contract;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.contract.AnswerSamples;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessagePacts;
import com.kpbank.lc.api.query.TradingTerms;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway reads in the command service's answers: the trading terms its forms offer, and a refusal's
 * code, message and field violations, which become the problem detail of a refused action.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.COMMAND_SERVICE, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class CommandServiceAnswersPactTest {

    @Pact(consumer = MessageContracts.GATEWAY)
    MessagePact whatTheGatewayReads(MessagePactBuilder pact) {
        pact = MessagePacts.expect(pact, AnswerSamples.tradingTerms());
        pact = MessagePacts.expect(pact, AnswerSamples.refusal());
        return pact.toPact();
    }

    @Test
    void the_trading_terms_and_a_refusal_read_as_the_gateway_uses_them(List<Message> messages) {
        Map<String, Object> answers = messages.stream().collect(Collectors.toMap(Message::getDescription, MessagePacts::read));
        assertThat(ResponseTypes.instanceOf(TradingTerms.class).convert(answers.get("TradingTerms"))).isEqualTo(AnswerSamples.tradingTerms());
        assertThat(answers.get("CommandRefusal")).isEqualTo(AnswerSamples.refusal());
    }
}
