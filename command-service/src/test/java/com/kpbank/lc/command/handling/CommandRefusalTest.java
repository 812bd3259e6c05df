package com.kpbank.lc.command.handling;

import com.kpbank.lc.api.command.CancelLCApplication;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.ChangeApplicant;
import com.kpbank.lc.api.command.ChangeBeneficiary;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.command.CommandServiceSpringTest;
import org.junit.jupiter.api.Test;

import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of refusal reaches the sender as a CommandRefusal with its code, and changes nothing. */
class CommandRefusalTest extends CommandServiceSpringTest {

    private final LCApplicationId id = LCApplicationId.newId();

    private void start() {
        commandGateway.sendAndWait(new StartNewLCApplication(id, APPLICANT_ID, CLIENT_REFERENCE));
    }

    @Test
    void a_broken_business_rule_is_refused_with_the_rules_code() {
        start();
        CommandRefusal refusal = refusalOf(new ChangeBeneficiary(id, party("Havana Cigars", "CU"), null));
        assertThat(refusal.code()).isEqualTo("sanctioned-country");
        assertThat(refusal.message()).contains("CU");
        assertThat(storedEventsOf(id)).hasSize(1);
    }

    @Test
    void a_task_in_the_wrong_state_is_refused_as_wrong_state() {
        start();
        assertThat(refusalOf(new SubmitLCApplication(id, null)).code()).isEqualTo("incomplete-application");
        commandGateway.sendAndWait(new CancelLCApplication(id, "changed my mind", null));
        assertThat(refusalOf(new ChangeAmount(id, AMOUNT, 0, null)).code()).isEqualTo(CommandRefusal.WRONG_STATE);
    }

    @Test
    void a_task_on_an_unknown_application_is_refused_as_not_found() {
        CommandRefusal refusal = refusalOf(new ChangeAmount(id, AMOUNT, 0, null));
        assertThat(refusal.code()).isEqualTo(CommandRefusal.NOT_FOUND);
        assertThat(storedEventsOf(id)).isEmpty();
    }

    @Test
    void a_second_start_with_the_same_id_is_refused_as_already_existing() {
        start();
        CommandRefusal refusal = refusalOf(new StartNewLCApplication(id, APPLICANT_ID, CLIENT_REFERENCE));
        assertThat(refusal.code()).isEqualTo(CommandRefusal.ALREADY_EXISTS);
        assertThat(storedEventsOf(id)).hasSize(1);
    }

    @Test
    void a_task_based_on_an_outdated_version_is_refused_as_stale() {
        start();
        Long version = commandGateway.sendAndWait(new ChangeApplicant(id, APPLICANT, 0L));
        assertThat(version).isEqualTo(1L);
        CommandRefusal refusal = refusalOf(new ChangeAmount(id, Money.of("1000", "USD"), 0, 0L));
        assertThat(refusal.code()).isEqualTo(CommandRefusal.STALE);
        assertThat(storedEventsOf(id)).hasSize(2);
    }

    @Test
    void a_task_based_on_the_current_version_is_handled() {
        start();
        Long version = commandGateway.sendAndWait(new ChangeApplicant(id, APPLICANT, 0L));
        assertThat((Long) commandGateway.sendAndWait(new ChangeAmount(id, AMOUNT, 0, version))).isEqualTo(2L);
    }
}
