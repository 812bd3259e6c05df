package com.kpbank.lc.search.lcapplication;

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
import com.kpbank.lc.api.query.LCApplicationView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the search read model relies on in the command service's events: every field of every event type, since its
 * document shows an application whole. Each message, read as the service reads events, changes a document.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = MessageContracts.COMMAND_SERVICE, providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class SearchEventsPactTest {

    @Pact(consumer = MessageContracts.SEARCH_SERVICE)
    MessagePact everyEventWhole(MessagePactBuilder pact) {
        for (LCApplicationEvent sample : EventSamples.all()) {
            pact = MessagePacts.expect(pact, sample);
        }
        return pact.toPact();
    }

    @Test
    void every_event_changes_the_document_of_its_application(List<Message> messages) {
        LCApplicationDocument document = LCApplicationDocument.empty(EventSamples.ID.toString());
        long sequence = 0;
        for (Message message : messages) {
            Object event = MessagePacts.read(message);
            assertThat(event.getClass().getSimpleName()).isEqualTo(message.getDescription());
            assertThat(document.apply(LCApplicationChange.of((LCApplicationEvent) event, sequence++, Instant.parse("2026-12-01T10:00:00Z"))))
                    .isTrue();
        }
        LCApplicationView view = document.toView();
        assertThat(view.amount()).isEqualTo(EventSamples.amountChanged().amount());
        assertThat(view.tolerancePercent()).isEqualTo(EventSamples.amountChanged().tolerancePercent());
        assertThat(view.remindersSent()).isEqualTo(1);
        assertThat(view.pastDue()).isTrue();
    }
}
