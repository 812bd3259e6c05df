package com.kpbank.lc.analytics.facts;

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
import com.kpbank.lc.api.contract.EventSamples;
import com.kpbank.lc.api.event.LCApplicationEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

/**
 * What the analytics read model relies on in the command service's events: who started an application, the
 * submission's applicant, amount and beneficiary country, each check's outcome, the number of a reminder, who
 * approved, and which application a past-due notice, a decline or a cancellation concerns. Each message, read as the analytics service reads events, carries those fields as the pact
 * shows them.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.COMMAND_SERVICE, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class AnalyticsEventsPactTest {

    /** Per event the analytics read: the fields of {@link LCFactsProjection}'s handlers. */
    private static final Map<LCApplicationEvent, List<String>> READS = Map.of(
            EventSamples.started(), List.of("lcApplicationId", "applicantId"),
            EventSamples.submitted(), List.of("lcApplicationId", "applicantId", "amount", "beneficiaryCountry"),
            EventSamples.productValueValidated(), List.of("lcApplicationId", "outcome"),
            EventSamples.productLegalityValidated(), List.of("lcApplicationId", "outcome"),
            EventSamples.applicantCreditValidated(), List.of("lcApplicationId", "outcome"),
            EventSamples.approvalPending(), List.of("lcApplicationId", "reminderNumber"),
            EventSamples.approvalPastDue(), List.of("lcApplicationId"),
            EventSamples.approved(), List.of("lcApplicationId", "approvedBy"),
            EventSamples.declined(), List.of("lcApplicationId"),
            EventSamples.cancelled(), List.of("lcApplicationId"));

    @Pact(consumer = MessageContracts.ANALYTICS_SERVICE)
    MessagePact whatTheFactsRead(MessagePactBuilder pact) {
        return MessagePacts.expectReads(pact, READS).toPact();
    }

    @Test
    void each_message_carries_what_the_facts_read(List<Message> messages) {
        MessagePacts.assertCarriesWhatIsRead(messages, READS);
    }
}
