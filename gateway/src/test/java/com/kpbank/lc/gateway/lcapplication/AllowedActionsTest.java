package com.kpbank.lc.gateway.lcapplication;

import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.kpbank.lc.gateway.lcapplication.Action.*;
import static com.kpbank.lc.gateway.lcapplication.AllowedActions.Verdict.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The table of API.md, "Allowed actions", for every state, role and ownership. */
class AllowedActionsTest {

    private static final Viewer OWNER = Viewer.of("applicant-1", Role.APPLICANT);
    private static final Viewer OTHER_APPLICANT = Viewer.of("applicant-2", Role.APPLICANT);
    private static final Viewer MANAGER = Viewer.of("manager", Role.TRADE_FINANCE_MANAGER);
    private static final Viewer PRODUCT_ANALYST = Viewer.of("pa", Role.PRODUCT_ANALYST);
    private static final Viewer CREDIT_ANALYST = Viewer.of("ca", Role.CREDIT_ANALYST);
    private static final Viewer ANALYST = Viewer.of("analyst", Role.PRODUCT_ANALYST, Role.CREDIT_ANALYST);
    private static final Viewer OPERATOR = Viewer.of("operator", Role.OPERATOR);
    /** A user named like the owner but without the applicant role owns nothing. */
    private static final Viewer OWNER_NAME_WITHOUT_ROLE = Viewer.of("applicant-1", Role.OPERATOR);

    private static final Set<Action> CHANGES = EnumSet.of(CHANGE_APPLICANT, CHANGE_BENEFICIARY, CHANGE_ADVISING_BANK,
            CHANGE_AMOUNT, CHANGE_MERCHANDISE, CHANGE_DOCUMENTS, CHANGE_CONDITIONS, CHANGE_EXPIRY_DATE);

    private static LCApplicationView application(LCState state) {
        return Views.inState(Views.draftOf("applicant-1"), state);
    }

    @Test
    void its_applicant_may_change_submit_and_cancel_a_draft() {
        Set<Action> expected = EnumSet.copyOf(CHANGES);
        expected.addAll(Set.of(SUBMIT, CANCEL));
        assertThat(AllowedActions.of(application(LCState.DRAFT), OWNER)).isEqualTo(expected);
    }

    @Test
    void its_applicant_may_only_cancel_a_submitted_application() {
        assertThat(AllowedActions.of(application(LCState.SUBMITTED), OWNER)).containsExactly(CANCEL);
    }

    @ParameterizedTest
    @EnumSource(value = LCState.class, names = {"APPROVED", "DECLINED", "CANCELLED"})
    void nobody_may_act_on_a_decided_or_cancelled_application(LCState state) {
        Stream.of(OWNER, OTHER_APPLICANT, MANAGER, ANALYST, OPERATOR)
                .forEach(user -> assertThat(AllowedActions.of(application(state), user)).as(user.name()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(LCState.class)
    void another_applicant_may_do_nothing_with_an_application_not_its_own(LCState state) {
        assertThat(AllowedActions.of(application(state), OTHER_APPLICANT)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LCState.class)
    void owning_takes_the_applicant_role_not_only_the_name(LCState state) {
        assertThat(AllowedActions.of(application(state), OWNER_NAME_WITHOUT_ROLE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LCState.class)
    void a_trade_finance_manager_may_approve_or_decline_only_a_submitted_application(LCState state) {
        Set<Action> expected = state == LCState.SUBMITTED ? EnumSet.of(APPROVE, DECLINE) : EnumSet.noneOf(Action.class);
        assertThat(AllowedActions.of(application(state), MANAGER)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(LCState.class)
    void a_product_analyst_records_the_product_checks_of_a_submitted_application(LCState state) {
        Set<Action> expected = state == LCState.SUBMITTED
                ? EnumSet.of(RECORD_PRODUCT_VALUE_CHECK, RECORD_PRODUCT_LEGALITY_CHECK) : EnumSet.noneOf(Action.class);
        assertThat(AllowedActions.of(application(state), PRODUCT_ANALYST)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(LCState.class)
    void a_credit_analyst_records_the_applicant_credit_check_of_a_submitted_application(LCState state) {
        Set<Action> expected = state == LCState.SUBMITTED ? EnumSet.of(RECORD_APPLICANT_CREDIT_CHECK) : EnumSet.noneOf(Action.class);
        assertThat(AllowedActions.of(application(state), CREDIT_ANALYST)).isEqualTo(expected);
    }

    @Test
    void a_recorded_check_is_no_longer_offered() {
        LCApplicationView valueChecked = Views.with(application(LCState.SUBMITTED), Map.of("productValueCheck", Decision.approved("ok")));
        assertThat(AllowedActions.of(valueChecked, ANALYST)).containsExactlyInAnyOrder(RECORD_PRODUCT_LEGALITY_CHECK, RECORD_APPLICANT_CREDIT_CHECK);

        LCApplicationView allChecked = Views.with(valueChecked, Map.of(
                "productLegalityCheck", Decision.rejected("embargoed goods"), "applicantCreditCheck", Decision.approved("fine")));
        assertThat(AllowedActions.of(allChecked, ANALYST)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LCState.class)
    void an_operator_may_take_no_action_on_applications(LCState state) {
        assertThat(AllowedActions.of(application(state), OPERATOR)).isEmpty();
    }

    @Test
    void an_action_of_another_role_is_not_theirs_whatever_the_state() {
        assertThat(AllowedActions.verdict(CHANGE_AMOUNT, application(LCState.DRAFT), MANAGER)).isEqualTo(NOT_THEIRS);
        assertThat(AllowedActions.verdict(APPROVE, application(LCState.SUBMITTED), OWNER)).isEqualTo(NOT_THEIRS);
        assertThat(AllowedActions.verdict(SUBMIT, application(LCState.APPROVED), OTHER_APPLICANT)).isEqualTo(NOT_THEIRS);
        assertThat(AllowedActions.verdict(RECORD_APPLICANT_CREDIT_CHECK, application(LCState.SUBMITTED), PRODUCT_ANALYST)).isEqualTo(NOT_THEIRS);
    }

    @Test
    void an_action_of_theirs_in_another_state_is_the_wrong_state() {
        assertThat(AllowedActions.verdict(CHANGE_AMOUNT, application(LCState.SUBMITTED), OWNER)).isEqualTo(WRONG_STATE);
        assertThat(AllowedActions.verdict(CANCEL, application(LCState.APPROVED), OWNER)).isEqualTo(WRONG_STATE);
        assertThat(AllowedActions.verdict(APPROVE, application(LCState.DRAFT), MANAGER)).isEqualTo(WRONG_STATE);
        LCApplicationView checked = Views.with(application(LCState.SUBMITTED), Map.of("productValueCheck", Decision.approved("ok")));
        assertThat(AllowedActions.verdict(RECORD_PRODUCT_VALUE_CHECK, checked, ANALYST)).isEqualTo(WRONG_STATE);
    }

    @ParameterizedTest
    @EnumSource(LCState.class)
    void the_offered_actions_are_exactly_those_the_endpoints_accept(LCState state) {
        Stream.of(OWNER, OTHER_APPLICANT, MANAGER, PRODUCT_ANALYST, CREDIT_ANALYST, ANALYST, OPERATOR).forEach(user -> {
            Set<Action> offered = AllowedActions.of(application(state), user);
            for (Action action : Action.values()) {
                assertThat(AllowedActions.verdict(action, application(state), user) == ALLOWED)
                        .as("%s may %s in %s", user.name(), action.relation(), state)
                        .isEqualTo(offered.contains(action));
            }
        });
    }

    @Test
    void every_action_is_named_as_clients_know_it() {
        assertThat(Stream.of(Action.values()).map(Action::relation)).containsExactly(
                "change-applicant", "change-beneficiary", "change-advising-bank", "change-amount", "change-merchandise",
                "change-documents", "change-conditions", "change-expiry-date", "submit", "cancel", "approve", "decline",
                "record-product-value-check", "record-product-legality-check", "record-applicant-credit-check");
        Stream.of(Action.values()).forEach(action -> assertThat(Action.byRelation(action.relation())).contains(action));
    }
}
