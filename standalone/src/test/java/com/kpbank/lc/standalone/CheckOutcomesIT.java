package com.kpbank.lc.standalone;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.DeclineLCApplication;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;
import com.kpbank.lc.gateway.checks.CheckKind;
import com.kpbank.lc.saga.autoapproval.AutoApprovalSaga;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Check outcomes in the standalone composition: the intake, the real aggregate that accepts or refuses
 * them, and the auto-approval that follows them, read back from the event store.
 */
class CheckOutcomesIT extends StandaloneComposition {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private SagaStore<Object> sagaStore;

    private AutoApprovalScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new AutoApprovalScenario(context).awaitAutoApprovalRunning();
    }

    @Test
    void a_small_application_whose_three_checks_passed_is_approved_by_auto_approval() {
        LCApplicationId id = scenario.submitApplication("8000.00", "USD");

        scenario.recordApproved(id, CheckKind.PRODUCT_VALUE, CheckKind.APPLICANT_CREDIT, CheckKind.PRODUCT_LEGALITY);

        await().atMost(AutoApprovalScenario.DEADLINE).until(() -> !scenario.approvals(id).isEmpty());
        assertThat(scenario.approvals(id)).containsExactly(new LCApplicationApproved(id, DecisionMaker.AUTO_APPROVAL));
    }

    @Test
    void a_large_application_stays_submitted_for_a_manager_after_its_three_checks_passed() {
        LCApplicationId id = scenario.submitApplication("80000.00", "USD");

        scenario.recordApproved(id, CheckKind.PRODUCT_VALUE, CheckKind.PRODUCT_LEGALITY, CheckKind.APPLICANT_CREDIT);
        scenario.awaitAutoApprovalCaughtUp();

        assertThat(sagaStore.findSagas(AutoApprovalSaga.class, new AssociationValue("lcApplicationId", id.toString()))).isEmpty();
        assertThat(scenario.approvals(id)).isEmpty();
    }

    @Test
    void an_application_declined_while_the_auto_approval_lagged_behind_stays_declined_and_ends_it() {
        LCApplicationId id = scenario.submitApplication("8000.00", "USD");
        scenario.pauseAutoApproval();
        scenario.recordApproved(id, CheckKind.PRODUCT_VALUE, CheckKind.PRODUCT_LEGALITY, CheckKind.APPLICANT_CREDIT);
        scenario.send(new DeclineLCApplication(id, new DecisionMaker("manager"), "exposure to the beneficiary too high", null));

        scenario.resumeAutoApproval().awaitAutoApprovalCaughtUp();

        assertThat(scenario.approvals(id)).isEmpty();
        assertThat(sagaStore.findSagas(AutoApprovalSaga.class, new AssociationValue("lcApplicationId", id.toString()))).isEmpty();
        assertThat(scenario.autoApprovalInError()).isFalse();
    }

    @Test
    void an_outcome_for_an_unknown_application_is_refused_as_not_found() {
        assertThatThrownBy(() -> scenario.recordApproved(LCApplicationId.newId(), CheckKind.PRODUCT_VALUE))
                .isInstanceOfSatisfying(CommandExecutionException.class, refused ->
                        assertThat(refusalCode(refused)).isEqualTo(CommandRefusal.NOT_FOUND));
    }

    @Test
    void an_outcome_for_an_application_not_submitted_is_refused_and_publishes_nothing() {
        LCApplicationId id = LCApplicationId.newId();
        LCApplicationLifecycle.draft(id).forEach(scenario::send);
        long before = scenario.eventCount(id);

        assertThatThrownBy(() -> scenario.recordApproved(id, CheckKind.APPLICANT_CREDIT))
                .isInstanceOfSatisfying(CommandExecutionException.class, refused ->
                        assertThat(refusalCode(refused)).isEqualTo(CommandRefusal.WRONG_STATE));
        assertThat(scenario.eventCount(id)).isEqualTo(before);
    }

    @Test
    void a_second_outcome_for_the_same_check_is_refused_and_publishes_nothing() {
        LCApplicationId id = scenario.submitApplication("80000.00", "USD");
        scenario.recordApproved(id, CheckKind.PRODUCT_LEGALITY);
        long before = scenario.eventCount(id);

        assertThatThrownBy(() -> scenario.recordApproved(id, CheckKind.PRODUCT_LEGALITY))
                .isInstanceOfSatisfying(CommandExecutionException.class, refused ->
                        assertThat(refusalCode(refused)).isEqualTo("check-already-recorded"));
        assertThat(scenario.eventCount(id)).isEqualTo(before);
    }

    private static String refusalCode(CommandExecutionException refused) {
        return refused.getDetails().map(CommandRefusal.class::cast).map(CommandRefusal::code).orElse("none");
    }
}
