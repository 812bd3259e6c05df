package com.kpbank.lc.saga.autoapproval;

import com.kpbank.lc.api.value.Actor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.matchers.Matchers;
import java.util.Optional;
import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import com.kpbank.lc.saga.autoapproval.AutoApprovalOutcomes.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the auto-approval policy, one test per rule. */
class AutoApprovalSagaTest {

    private static final LCApplicationId ID = LCApplicationId.newId();
    private static final String AGGREGATE = ID.toString();
    private static final ApproveLCApplication APPROVE = new ApproveLCApplication(ID, DecisionMaker.AUTO_APPROVAL, null);

    private static final Object VALUE_PASSED = new ProductValueValidated(ID, Decision.approved("value plausible"));
    private static final Object LEGALITY_PASSED = new ProductLegalityValidated(ID, Decision.approved("no embargo"));
    private static final Object CREDIT_PASSED = new ApplicantCreditValidated(ID, Decision.approved("rating A"));

    private SagaTestFixture<AutoApprovalSaga> fixture;
    private final AutoApprovalOutcomes outcomes = new AutoApprovalOutcomes(new SimpleMeterRegistry());

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AutoApprovalSaga.class);
        fixture.registerResource(new AutoApprovalPolicy(new AutoApprovalProperties()));
        fixture.registerResource(outcomes);
        fixture.registerCommandGateway(AutoApprovalGateway.class);
    }

    private static LCApplicationSubmitted submitted(String amount, String currency) {
        return submitted(amount, currency, 0);
    }

    private static LCApplicationSubmitted submitted(String amount, String currency, int tolerancePercent) {
        return new LCApplicationSubmitted(ID, new ApplicantId("applicant-1"), Money.of(amount, currency), tolerancePercent, Country.of("DE"));
    }

    private static final LCApplicationSubmitted SMALL = submitted("8000.00", "USD");

    @Test
    void a_small_application_waits_for_its_checks() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(SMALL)
                .expectActiveSagas(1)
                .expectAssociationWith("lcApplicationId", AGGREGATE)
                .expectNoDispatchedCommands();
    }

    @Test
    void exactly_the_threshold_still_qualifies() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(submitted("10000.00", "USD"))
                .expectActiveSagas(1);
    }

    @Test
    void an_amount_above_the_threshold_is_left_to_a_manager() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(submitted("10000.01", "USD"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        assertThat(outcomes.count(Outcome.LEFT_ABOVE_THRESHOLD)).isEqualTo(1);
    }

    @Test
    void an_amount_whose_tolerance_stays_within_the_threshold_qualifies() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(submitted("9000.00", "USD", 10))
                .expectActiveSagas(1);
    }

    @Test
    void an_amount_within_the_threshold_whose_tolerance_takes_it_above_is_left_to_a_manager() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(submitted("9500.00", "USD", 10))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void a_foreign_amount_within_the_threshold_once_converted_qualifies() {
        // EUR 9,000 at 1.08 is USD 9,720
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(submitted("9000.00", "EUR"))
                .expectActiveSagas(1);
    }

    @Test
    void a_foreign_amount_above_the_threshold_once_converted_is_left_to_a_manager() {
        // EUR 9,500 at 1.08 is USD 10,260
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(submitted("9500.00", "EUR"))
                .expectActiveSagas(0);
    }

    @Test
    void an_amount_in_a_currency_without_reference_rate_is_left_to_a_manager() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(submitted("100.00", "SEK"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        assertThat(outcomes.count(Outcome.LEFT_NO_REFERENCE_RATE)).isEqualTo(1);
    }

    static Stream<Arguments> every_order_of_the_three_outcomes() {
        List<Object> outcomes = List.of(VALUE_PASSED, LEGALITY_PASSED, CREDIT_PASSED);
        List<Arguments> orders = new ArrayList<>();
        for (Object first : outcomes) {
            for (Object second : outcomes) {
                for (Object third : outcomes) {
                    if (first != second && second != third && first != third) {
                        orders.add(Arguments.of(first, second, third));
                    }
                }
            }
        }
        return orders.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, then {2}")
    @MethodSource("every_order_of_the_three_outcomes")
    void approves_once_all_three_checks_passed_in_any_order(Object first, Object second, Object third) {
        fixture.givenAggregate(AGGREGATE).published(SMALL, first, second)
                .whenAggregate(AGGREGATE).publishes(third)
                .expectDispatchedCommands(APPROVE)
                .expectActiveSagas(0);
    }

    @Test
    void approves_in_its_own_name_not_in_the_name_of_the_analyst_who_recorded_the_last_check() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .whenAggregate(AGGREGATE).publishes(CREDIT_PASSED, Actor.user("analyst").metaData())
                .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(
                        Matchers.<CommandMessage<?>>predicate(command -> APPROVE.equals(command.getPayload())
                                && Actor.of(command.getMetaData()).equals(Optional.of(Actor.AUTO_APPROVAL))),
                        Matchers.andNoMore()));
    }

    @Test
    void does_not_approve_before_the_third_outcome() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED)
                .whenAggregate(AGGREGATE).publishes(CREDIT_PASSED)
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    static Stream<Arguments> each_rejected_check() {
        return Stream.of(
                Arguments.of(new ProductValueValidated(ID, Decision.rejected("overvalued"))),
                Arguments.of(new ProductLegalityValidated(ID, Decision.rejected("dual-use goods"))),
                Arguments.of(new ApplicantCreditValidated(ID, Decision.rejected("insufficient credit"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("each_rejected_check")
    void a_rejected_check_leaves_the_decision_to_a_manager(Object rejection) {
        fixture.givenAggregate(AGGREGATE).published(SMALL)
                .whenAggregate(AGGREGATE).publishes(rejection)
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void a_rejection_after_two_passed_checks_still_leaves_the_decision_to_a_manager() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .whenAggregate(AGGREGATE).publishes(new ApplicantCreditValidated(ID, Decision.rejected("insufficient credit")))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        assertThat(outcomes.count(Outcome.LEFT_APPLICANT_CREDIT_REJECTED)).isEqualTo(1);
    }

    @Test
    void an_outcome_received_twice_counts_once() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .whenAggregate(AGGREGATE).publishes(VALUE_PASSED)
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void a_duplicate_outcome_does_not_approve_twice() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, VALUE_PASSED, LEGALITY_PASSED)
                .whenAggregate(AGGREGATE).publishes(CREDIT_PASSED)
                .expectDispatchedCommands(APPROVE);
        assertThat(outcomes.count(Outcome.APPROVED)).isEqualTo(1);
    }

    @Test
    void an_outcome_arriving_after_the_end_changes_nothing() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED, CREDIT_PASSED)
                .whenAggregate(AGGREGATE).publishes(CREDIT_PASSED)
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void a_late_outcome_after_a_rejection_does_not_approve() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED,
                        new ProductLegalityValidated(ID, Decision.rejected("dual-use goods")), CREDIT_PASSED)
                .whenAggregate(AGGREGATE).publishes(LEGALITY_PASSED)
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void a_cancellation_while_waiting_ends_it() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED)
                .whenAggregate(AGGREGATE).publishes(new LCApplicationCancelled(ID, "no longer needed"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        assertThat(outcomes.count(Outcome.OVERTAKEN_CANCELLED)).isEqualTo(1);
    }

    @Test
    void a_decline_while_waiting_ends_it() {
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .whenAggregate(AGGREGATE).publishes(new LCApplicationDeclined(ID, new DecisionMaker("manager"), "exposure too high"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void an_approval_by_a_manager_while_waiting_ends_it() {
        fixture.givenAggregate(AGGREGATE).published(SMALL)
                .whenAggregate(AGGREGATE).publishes(new LCApplicationApproved(ID, new DecisionMaker("manager")))
                .expectActiveSagas(0);
    }

    @Test
    void an_approval_refused_because_the_application_was_declined_meanwhile_ends_it_without_retry() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new CommandExecutionException("refused", null,
                    CommandRefusal.of(CommandRefusal.WRONG_STATE, "the application is DECLINED"));
        });
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .whenAggregate(AGGREGATE).publishes(CREDIT_PASSED)
                .expectDispatchedCommands(APPROVE)
                .expectActiveSagas(0);
        assertThat(outcomes.count(Outcome.OVERTAKEN_DECIDED)).isEqualTo(1);
    }

    @Test
    void an_approval_that_fails_for_a_reason_that_may_pass_is_tried_again_later_through_a_deadline() {
        commandServiceAway();
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .whenAggregate(AGGREGATE).publishes(CREDIT_PASSED)
                .expectDispatchedCommands(APPROVE)
                .expectActiveSagas(1)
                .expectScheduledDeadline(Duration.ofSeconds(2), new ApprovalRetry(2));
    }

    @Test
    void the_wait_between_retries_doubles_up_to_five_minutes() {
        AutoApprovalPolicy policy = new AutoApprovalPolicy(new AutoApprovalProperties());

        assertThat(policy.retryWait(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.retryWait(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.retryWait(8)).isEqualTo(Duration.ofMinutes(4).plusSeconds(16));
        assertThat(policy.retryWait(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.retryWait(500)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void an_approval_the_command_service_takes_when_it_is_back_ends_the_process() {
        commandServiceAway();
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .andThenAggregate(AGGREGATE).published(CREDIT_PASSED);
        fixture.setCallbackBehavior((command, metaData) -> null);

        fixture.whenTimeElapses(Duration.ofMinutes(10))
                .expectDispatchedCommands(APPROVE)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void an_approval_still_failing_after_24_hours_is_left_to_a_manager_in_the_log_and_a_metric() {
        commandServiceAway();
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .andThenAggregate(AGGREGATE).published(CREDIT_PASSED);

        fixture.whenTimeElapses(Duration.ofHours(25))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(outcomes.count(Outcome.GAVE_UP)).isEqualTo(1);
    }

    @Test
    void a_decision_by_a_manager_while_the_approval_is_retried_stops_the_retries() {
        commandServiceAway();
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .andThenAggregate(AGGREGATE).published(CREDIT_PASSED)
                .whenAggregate(AGGREGATE).publishes(new LCApplicationApproved(ID, new DecisionMaker("manager")))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(outcomes.count(Outcome.OVERTAKEN_DECIDED)).isEqualTo(1);
    }

    @Test
    void an_approval_taken_although_its_answer_failed_ends_the_process_as_approved() {
        commandServiceAway();
        fixture.givenAggregate(AGGREGATE).published(SMALL, VALUE_PASSED, LEGALITY_PASSED)
                .andThenAggregate(AGGREGATE).published(CREDIT_PASSED)
                .whenAggregate(AGGREGATE).publishes(new LCApplicationApproved(ID, DecisionMaker.AUTO_APPROVAL))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(outcomes.count(Outcome.APPROVED)).isEqualTo(1);
        assertThat(outcomes.count(Outcome.OVERTAKEN_DECIDED)).isZero();
    }

    private void commandServiceAway() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new NoHandlerForCommandException("no command service takes ApproveLCApplication now");
        });
    }
}
