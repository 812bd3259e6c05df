package com.kpbank.lc.standalone;

import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Under the {@code check-simulator} profile, simulated Compliance and Onboarding answer a submitted
 * application through the anti-corruption layer, and the auto-approval takes it from there.
 */
@SpringBootTest(classes = StandaloneApplication.class, properties = {
        "lc.check-simulator.product-value.delay=100ms",
        "lc.check-simulator.product-value.rejection-rate=0",
        "lc.check-simulator.product-legality.delay=200ms",
        "lc.check-simulator.product-legality.rejection-rate=0",
        "lc.check-simulator.applicant-credit.delay=300ms",
        "lc.check-simulator.applicant-credit.rejection-rate=0"})
@ActiveProfiles("check-simulator")
class SimulatedChecksIT extends StandaloneComposition {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private EventStore eventStore;

    @Test
    void simulated_checks_that_all_pass_lead_to_auto_approval() {
        AutoApprovalScenario scenario = new AutoApprovalScenario(context).awaitAutoApprovalRunning();
        LCApplicationId id = scenario.submitApplication("8000.00", "USD");

        await().atMost(AutoApprovalScenario.DEADLINE).until(() -> !scenario.approvals(id).isEmpty());
        assertThat(eventStore.readEvents(id.toString()).asStream().<Class<?>>map(event -> event.getPayload().getClass()).toList())
                .contains(ProductValueValidated.class, ProductLegalityValidated.class, ApplicantCreditValidated.class);
        assertThat(scenario.approvals(id)).containsExactly(new LCApplicationApproved(id, DecisionMaker.AUTO_APPROVAL));
    }
}
