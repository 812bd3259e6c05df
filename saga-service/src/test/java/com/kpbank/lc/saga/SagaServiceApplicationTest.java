package com.kpbank.lc.saga;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.saga.autoapproval.AutoApprovalSaga;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The saga service boots alone on its own durable stores, and drives an auto-approval from the event
 * store through the JPA saga store to the approve command. The command service is not part of this
 * application: a recording handler on the command bus stands in for it.
 */
@SpringBootTest(classes = SagaServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SagaServiceApplicationTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("lc.data-dir", dataDir::toString);
    }

    @Autowired
    private EventStore eventStore;
    @Autowired
    private CommandBus commandBus;
    @Autowired
    private SagaStore<Object> sagaStore;
    @Autowired
    private EventProcessingConfiguration processing;

    private final List<ApproveLCApplication> approvals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void commandServiceStandIn() {
        commandBus.subscribe(ApproveLCApplication.class.getName(), command -> {
            approvals.add((ApproveLCApplication) command.getPayload());
            return null;
        });
        StreamingEventProcessor processor = processing
                .eventProcessor(AutoApprovalSaga.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.processingStatus().isEmpty());
    }

    @Test
    void approves_a_small_application_whose_checks_passed_keeping_its_progress_in_the_saga_store() {
        LCApplicationId id = LCApplicationId.newId();
        publish(id, 0, new LCApplicationSubmitted(id, new ApplicantId("applicant-1"), Money.of("8000", "USD"), 0, Country.of("DE")));
        publish(id, 1, new ProductValueValidated(id, Decision.approved("plausible")));

        await().atMost(Duration.ofSeconds(20)).until(() -> waitingSagas(id).size() == 1);
        String sagaId = waitingSagas(id).iterator().next();
        assertThat(sagaStore.loadSaga(AutoApprovalSaga.class, sagaId).saga()).isInstanceOf(AutoApprovalSaga.class);

        publish(id, 2, new ProductLegalityValidated(id, Decision.approved("no embargo")));
        publish(id, 3, new ApplicantCreditValidated(id, Decision.approved("rating A")));

        await().atMost(Duration.ofSeconds(20)).until(() -> waitingSagas(id).isEmpty());
        assertThat(approvals).containsExactly(new ApproveLCApplication(id, DecisionMaker.AUTO_APPROVAL, null));
    }

    private Set<String> waitingSagas(LCApplicationId id) {
        return sagaStore.findSagas(AutoApprovalSaga.class, new AssociationValue("lcApplicationId", id.toString()));
    }

    private void publish(LCApplicationId id, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("LCApplication", id.toString(), sequence, event));
    }
}
