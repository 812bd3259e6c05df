package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.analytics.AnalyticsIntegrationTest;
import com.kpbank.lc.analytics.LCHistory;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.projection.DeadLetter;
import com.kpbank.lc.api.projection.DropDeadLetter;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.projection.ProjectionOperatorCommand;
import com.kpbank.lc.api.projection.ProjectionStatus;
import com.kpbank.lc.api.projection.RetryDeadLetters;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.DecisionMaker;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import com.kpbank.lc.api.projection.ProjectionState;
import com.kpbank.lc.api.value.Money;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * An event the facts cannot use, or whose facts the store cannot hold, is parked; the others keep flowing,
 * live and in a rebuild; an operator retries or drops it.
 */
class AnalyticsDeadLettersTest extends AnalyticsIntegrationTest {

    private static final Instant T = Instant.parse("2026-03-03T10:00:00Z");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private MeterRegistry meters;

    @Test
    void a_poison_event_is_parked_with_the_later_events_of_its_application_while_the_others_are_projected() {
        LCHistory poisoned = poisoned();
        LCHistory healthy = LCHistory.started(T).submitted(ofMinutes(5), "900.00", "USD", "DE").approvedBy(ofMinutes(30), new DecisionMaker("manager"));
        double parkedBefore = deadLettersGauge();
        append(poisoned, healthy);

        await().atMost(Duration.ofSeconds(60)).until(() -> parked(poisoned).size() == 2 && liveDocuments().containsKey(healthy.id().toString()));
        awaitProjected();

        assertThat(liveDocuments().get(healthy.id().toString()).getString("state")).isEqualTo("APPROVED");
        assertThat(liveDocuments().get(poisoned.id().toString()).getString("state")).isEqualTo("DRAFT");
        assertThat(parked(poisoned)).extracting(DeadLetter::eventType).containsExactly("LCApplicationSubmitted", "LCApplicationApproved");
        assertThat(parked(poisoned).get(0).cause()).contains("carries no amount");
        assertThat(deadLettersGauge()).as("the dead letters on the dashboard").isEqualTo(parkedBefore + 2);
    }

    private double deadLettersGauge() {
        return meters.get("lc.projection.dead_letters").tag("projection", AnalyticsReadModel.NAME).gauge().value();
    }

    @Test
    void dropping_the_poison_event_and_retrying_projects_the_rest_of_its_application() {
        LCHistory poisoned = poisoned();
        append(poisoned);
        await().atMost(Duration.ofSeconds(60)).until(() -> parked(poisoned).size() == 2);

        send(new DropDeadLetter(AnalyticsReadModel.NAME, parked(poisoned).get(0).eventIdentifier()));
        assertThat(parked(poisoned)).extracting(DeadLetter::eventType).containsExactly("LCApplicationApproved");
        send(new RetryDeadLetters(AnalyticsReadModel.NAME));

        assertThat(parked(poisoned)).isEmpty();
        assertThat(liveDocuments().get(poisoned.id().toString()).getString("state")).isEqualTo("APPROVED");
    }

    @Test
    void an_application_whose_facts_the_store_cannot_hold_is_parked_while_the_rest_of_its_batch_is_projected() {
        LCHistory refused = withAnAmountNoDecimalCanHold();
        List<LCHistory> healthy = List.of(
                LCHistory.started(T).submitted(ofMinutes(5), "700.00", "USD", "DE"),
                LCHistory.started(T).submitted(ofMinutes(6), "800.00", "EUR", "FR"));
        append(healthy.get(0), refused, healthy.get(1));

        await().atMost(Duration.ofSeconds(60)).until(() -> !parked(refused).isEmpty()
                && healthy.stream().allMatch(history -> liveDocuments().containsKey(history.id().toString())));
        awaitProjected();

        healthy.forEach(history -> assertThat(liveDocuments().get(history.id().toString()).getString("state")).isEqualTo("SUBMITTED"));
        assertThat(parked(refused)).extracting(DeadLetter::eventType).contains("LCApplicationSubmitted");
        assertThat(parked(refused).get(0).cause()).contains("refused the changes of LC application " + refused.id());
        assertThat(analyticsStatus().state()).isNotEqualTo(ProjectionState.ERROR);

        send(new RetryDeadLetters(AnalyticsReadModel.NAME));
        assertThat(parked(refused)).as("what the store still refuses stays parked")
                .extracting(DeadLetter::eventType).containsExactly("LCApplicationSubmitted");
    }

    @Test
    void in_a_rebuild_an_application_whose_facts_the_store_cannot_hold_is_parked_and_the_rest_rebuilt() {
        LCHistory refused = withAnAmountNoDecimalCanHold();
        LCHistory healthy = LCHistory.started(T).submitted(ofMinutes(5), "650.00", "USD", "GB");
        append(refused, healthy);
        await().atMost(Duration.ofSeconds(60)).until(() -> !parked(refused).isEmpty());
        parked(refused).forEach(letter -> send(new DropDeadLetter(AnalyticsReadModel.NAME, letter.eventIdentifier())));
        String previous = readModel.liveGeneration();

        rebuilds.start(readModel.name());
        awaitProjected();

        assertThat(readModel.liveGeneration()).isNotEqualTo(previous);
        assertThat(liveDocuments().get(healthy.id().toString()).getString("state")).isEqualTo("SUBMITTED");
        assertThat(parked(refused)).extracting(DeadLetter::eventType).contains("LCApplicationSubmitted");
        assertThat(analyticsStatus().state()).isNotEqualTo(ProjectionState.ERROR);
    }

    @Test
    void dropping_an_event_that_is_not_parked_is_refused_as_not_found() {
        CommandExecutionException refused = catchThrowableOfType(
                () -> send(new DropDeadLetter(AnalyticsReadModel.NAME, "no-such-event")), CommandExecutionException.class);

        assertThat(refused.getDetails()).hasValueSatisfying(details ->
                assertThat(((CommandRefusal) details).code()).isEqualTo(CommandRefusal.NOT_FOUND));
    }

    /** A legacy history, written straight into the event store: submitted with an amount beyond any decimal of the store. */
    private static LCHistory withAnAmountNoDecimalCanHold() {
        LCHistory history = LCHistory.started(T);
        return history.then(ofMinutes(5), new LCApplicationSubmitted(history.id(), new ApplicantId("applicant-1"),
                new Money(new BigDecimal("1E+7000"), "USD"), 0, Country.of("DE")));
    }

    /** Started, then submitted without an amount, then approved. */
    private static LCHistory poisoned() {
        LCHistory history = LCHistory.started(T);
        return history.then(ofMinutes(5), new LCApplicationSubmitted(history.id(), new ApplicantId("applicant-1"), null, 0, Country.of("DE")))
                .approvedBy(ofMinutes(30), new DecisionMaker("manager"));
    }

    private List<DeadLetter> parked(LCHistory history) {
        return analyticsStatus().parked().stream().filter(letter -> history.id().toString().equals(letter.sequence())).toList();
    }

    private ProjectionStatus analyticsStatus() {
        return queries.query(new FindProjectionStatuses(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join().projections()
                .stream().filter(status -> status.name().equals(AnalyticsReadModel.NAME)).findFirst().orElseThrow();
    }

    private void send(ProjectionOperatorCommand command) {
        commands.sendAndWait(new GenericCommandMessage<>(GenericCommandMessage.asCommandMessage(command), command.commandName()));
    }
}
