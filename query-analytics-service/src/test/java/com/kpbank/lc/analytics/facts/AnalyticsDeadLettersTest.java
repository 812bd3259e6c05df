package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.analytics.AnalyticsIntegrationTest;
import com.kpbank.lc.analytics.LCHistory;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.projection.DeadLetter;
import com.kpbank.lc.api.projection.DropDeadLetter;
import com.kpbank.lc.api.projection.FindProjectionStatuses;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** An event the facts cannot use is parked; the others keep flowing; an operator retries or drops it. */
class AnalyticsDeadLettersTest extends AnalyticsIntegrationTest {

    private static final Instant T = Instant.parse("2026-03-03T10:00:00Z");

    @Autowired
    private CommandGateway commands;

    @Test
    void a_poison_event_is_parked_with_the_later_events_of_its_application_while_the_others_are_projected() {
        LCHistory poisoned = poisoned();
        LCHistory healthy = LCHistory.started(T).submitted(ofMinutes(5), "900.00", "USD", "DE").approvedBy(ofMinutes(30), new DecisionMaker("manager"));
        append(poisoned, healthy);

        await().atMost(Duration.ofSeconds(60)).until(() -> parked(poisoned).size() == 2 && liveDocuments().containsKey(healthy.id().toString()));
        awaitProjected();

        assertThat(liveDocuments().get(healthy.id().toString()).getString("state")).isEqualTo("APPROVED");
        assertThat(liveDocuments().get(poisoned.id().toString()).getString("state")).isEqualTo("DRAFT");
        assertThat(parked(poisoned)).extracting(DeadLetter::eventType).containsExactly("LCApplicationSubmitted", "LCApplicationApproved");
        assertThat(parked(poisoned).get(0).cause()).contains("carries no amount");
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
    void dropping_an_event_that_is_not_parked_is_refused_as_not_found() {
        CommandExecutionException refused = catchThrowableOfType(
                () -> send(new DropDeadLetter(AnalyticsReadModel.NAME, "no-such-event")), CommandExecutionException.class);

        assertThat(refused.getDetails()).hasValueSatisfying(details ->
                assertThat(((CommandRefusal) details).code()).isEqualTo(CommandRefusal.NOT_FOUND));
    }

    /** Started, then submitted without an amount, then approved. */
    private static LCHistory poisoned() {
        LCHistory history = LCHistory.started(T);
        return history.then(ofMinutes(5), new LCApplicationSubmitted(history.id(), new ApplicantId("applicant-1"), null, Country.of("DE")))
                .approvedBy(ofMinutes(30), new DecisionMaker("manager"));
    }

    private List<DeadLetter> parked(LCHistory history) {
        return analyticsStatus().parked().stream().filter(letter -> history.id().toString().equals(letter.sequence())).toList();
    }

    private ProjectionStatus analyticsStatus() {
        return queries.query(new FindProjectionStatuses(), ResponseTypes.multipleInstancesOf(ProjectionStatus.class)).join()
                .stream().filter(status -> status.name().equals(AnalyticsReadModel.NAME)).findFirst().orElseThrow();
    }

    private void send(ProjectionOperatorCommand command) {
        commands.sendAndWait(new GenericCommandMessage<>(GenericCommandMessage.asCommandMessage(command), command.commandName()));
    }
}
