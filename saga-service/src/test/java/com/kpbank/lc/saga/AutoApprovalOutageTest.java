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
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auto-approval outlasts an outage of the command service and a restart of its own service: the
 * approval that found no command service is kept as a retry in the saga service's durable deadline store,
 * the other applications' processes go on meanwhile, and once the command service is back (here: a
 * recording handler on the command bus of the restarted saga service) the application is approved.
 * Retries are a fraction of a second apart here, so the test takes seconds, not the configured minutes.
 */
class AutoApprovalOutageTest {

    private static final String[] FAST_RETRIES = {
            "--lc.auto-approval.approve-backoff=PT0.2S", "--lc.auto-approval.approve-backoff-max=PT0.5S",
            "--lc.deadlines.poll-interval=PT0.1S"};

    private final List<ApproveLCApplication> approvals = new CopyOnWriteArrayList<>();

    @Test
    void an_approval_that_found_no_command_service_is_sent_once_it_is_back_even_after_a_restart(@TempDir Path dataDir) {
        LCApplicationId checked = LCApplicationId.newId();
        LCApplicationId waiting = LCApplicationId.newId();

        try (ConfigurableApplicationContext sagaService = start(dataDir)) {
            publish(sagaService, checked, 0, new LCApplicationSubmitted(checked, new ApplicantId("applicant-1"), Money.of("8000", "USD"), 0, Country.of("DE")));
            publish(sagaService, checked, 1, new ProductValueValidated(checked, Decision.approved("plausible")));
            publish(sagaService, checked, 2, new ProductLegalityValidated(checked, Decision.approved("no embargo")));
            publish(sagaService, checked, 3, new ApplicantCreditValidated(checked, Decision.approved("rating A")));
            await().atMost(Duration.ofSeconds(30)).until(() -> retriesStored(sagaService, checked) > 0);

            publish(sagaService, waiting, 0, new LCApplicationSubmitted(waiting, new ApplicantId("applicant-2"), Money.of("5000", "USD"), 0, Country.of("FR")));
            await("another application's process goes on during the outage").atMost(Duration.ofSeconds(30))
                    .until(() -> sagas(sagaService, waiting).size() == 1);
            assertThat(sagas(sagaService, checked)).as("the process of the checked application is still on").hasSize(1);
        }

        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            restarted.getBean(CommandBus.class).subscribe(ApproveLCApplication.class.getName(), command -> {
                approvals.add((ApproveLCApplication) command.getPayload());
                return null;
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> !approvals.isEmpty());
            assertThat(approvals).containsExactly(new ApproveLCApplication(checked, DecisionMaker.AUTO_APPROVAL, null));
            await().atMost(Duration.ofSeconds(30)).until(() -> sagas(restarted, checked).isEmpty());
            assertThat(sagas(restarted, waiting)).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        String[] arguments = new String[FAST_RETRIES.length + 1];
        arguments[0] = "--lc.data-dir=" + dataDir;
        System.arraycopy(FAST_RETRIES, 0, arguments, 1, FAST_RETRIES.length);
        return new SpringApplicationBuilder(SagaServiceApplication.class).web(WebApplicationType.NONE).run(arguments);
    }

    private static long retriesStored(ConfigurableApplicationContext context, LCApplicationId id) {
        EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
        try {
            return entityManager.createQuery("select count(d) from StoredDeadline d where d.deadlineName like :name", Long.class)
                    .setParameter("name", "%" + id + "%").getSingleResult();
        } finally {
            entityManager.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> sagas(ConfigurableApplicationContext context, LCApplicationId id) {
        return context.getBean(SagaStore.class).findSagas(AutoApprovalSaga.class, new AssociationValue("lcApplicationId", id.toString()));
    }

    private static void publish(ConfigurableApplicationContext context, LCApplicationId id, long sequence, Object event) {
        context.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("LCApplication", id.toString(), sequence, event));
    }
}
