package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CancelLCApplication;
import com.kpbank.lc.api.command.DeclineLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.command.reminder.ApprovalReminder;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.kpbank.lc.command.lcapplication.LCApplicationFixtures.lcApplicationFixture;
import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.completeDraft;

import static org.assertj.core.api.Assertions.assertThat;

/** A submitted application waits for its decision: reminders at day 10 and 20, past due at day 30. */
class ApprovalReminderTest {

    private final LCApplicationId id = LCApplicationId.newId();
    private FixtureConfiguration<LCApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = lcApplicationFixture();
    }

    private TestExecutor<LCApplication> submittedApplication(Object... laterCommands) {
        return fixture.given(completeDraft(id))
                      .andGivenCommands(new SubmitLCApplication(id, null))
                      .andGivenCommands(laterCommands);
    }

    @Test
    void nothing_is_due_before_day_ten() {
        submittedApplication()
                .whenTimeElapses(Duration.ofDays(10).minusMinutes(1))
                .expectNoEvents()
                .expectScheduledDeadline(Duration.ofMinutes(1), ApprovalReminder.first());
    }

    @Test
    void without_a_decision_by_day_ten_the_first_reminder_says_the_approval_is_pending() {
        submittedApplication()
                .whenTimeElapses(Duration.ofDays(10))
                .expectEvents(new LCApprovalPending(id, 1))
                .expectScheduledDeadline(Duration.ofDays(10), new ApprovalReminder(2));
    }

    @Test
    void without_a_decision_by_day_twenty_the_second_reminder_says_the_approval_is_pending() {
        submittedApplication()
                .whenTimeElapses(Duration.ofDays(20))
                .expectEvents(new LCApprovalPending(id, 1), new LCApprovalPending(id, 2))
                .expectScheduledDeadline(Duration.ofDays(10), new ApprovalReminder(3));
    }

    @Test
    void a_reminder_is_the_reminder_s_doing_not_the_doing_of_the_applicant_who_submitted() {
        fixture.given(completeDraft(id))
               .andGivenCommands(new GenericCommandMessage<>(new SubmitLCApplication(id, null)).andMetaData(Actor.user("applicant-1").metaData()))
               .whenTimeElapses(Duration.ofDays(10))
               .expectEventsMatching(Matchers.exactSequenceOf(
                       Matchers.<EventMessage<?>>predicate(event -> new LCApprovalPending(id, 1).equals(event.getPayload())
                               && Actor.of(event.getMetaData()).equals(Optional.of(Actor.REMINDER))),
                       Matchers.andNoMore()));
    }

    @Test
    void without_a_decision_by_day_thirty_the_approval_is_past_due_and_nothing_more_is_scheduled() {
        submittedApplication()
                .whenTimeElapses(Duration.ofDays(30))
                .expectEvents(new LCApprovalPending(id, 1), new LCApprovalPending(id, 2), new LCApprovalPastDue(id))
                .expectNoScheduledDeadlines();
    }

    @Test
    void each_reminder_falls_due_its_number_of_intervals_after_the_submission_however_late_the_one_before() {
        Instant submittedAt = Instant.parse("2027-01-04T09:00:00Z");
        Duration interval = Duration.ofDays(10);

        assertThat(new ApprovalReminder(2).dueAt(submittedAt, interval)).isEqualTo(submittedAt.plus(Duration.ofDays(20)));
        assertThat(new ApprovalReminder(3).dueAt(submittedAt, interval)).isEqualTo(submittedAt.plus(Duration.ofDays(30)));
    }

    @Test
    void the_next_reminder_is_scheduled_at_its_time_from_the_submission() {
        Instant submittedAt = Instant.parse("2027-01-04T09:00:00Z");

        fixture.givenCurrentTime(submittedAt)
                .andGiven(completeDraft(id))
                .andGivenCommands(new SubmitLCApplication(id, null))
                .whenTimeElapses(Duration.ofDays(10))
                .expectScheduledDeadline(submittedAt.plus(Duration.ofDays(20)), new ApprovalReminder(2));
    }

    @Test
    void an_approval_cancels_the_reminders() {
        submittedApplication(new ApproveLCApplication(id, new DecisionMaker("manager"), null))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_decline_cancels_the_reminders() {
        submittedApplication(new DeclineLCApplication(id, new DecisionMaker("manager"), "no", null))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_cancellation_cancels_the_reminders() {
        submittedApplication(new CancelLCApplication(id, "ordered elsewhere", null))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

}
