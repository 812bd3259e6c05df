package com.kpbank.lc.command;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import com.kpbank.lc.api.contract.MessageContracts;
import com.kpbank.lc.api.contract.MessagePacts;
import com.kpbank.lc.api.contract.QuerySamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

/**
 * What the command service reads in the gateway's query of its trading terms: nothing but its type. The query, read as it
 * crosses Axon Server, is that query.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.GATEWAY, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class GatewayQueriesPactTest {

    /** Per query, the fields its handler reads. */
    private static final Map<Object, List<String>> READS = Map.of(
            QuerySamples.findTradingTerms(), List.of());

    @Pact(consumer = MessageContracts.COMMAND_SERVICE)
    MessagePact whatTheQueryHandlersRead(MessagePactBuilder pact) {
        return MessagePacts.expectReads(pact, READS).toPact();
    }

    @Test
    void each_query_carries_what_its_handler_reads(List<Message> messages) {
        MessagePacts.assertCarriesWhatIsRead(messages, READS);
    }
}
