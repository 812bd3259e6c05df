package com.kpbank.lc.standalone;

import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.command.lcapplication.LCApplicationLifecycle;
import com.kpbank.lc.gateway.checks.CheckKind;
import com.kpbank.lc.gateway.checks.CheckOutcome;
import com.kpbank.lc.gateway.checks.CheckOutcomeIntake;
import com.kpbank.lc.saga.autoapproval.AutoApprovalSaga;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Drives the standalone composition the way its users would, through the command gateway and the
 * check outcome intake, and reads the outcome from the event store and the auto-approval's processor.
 */
final class AutoApprovalScenario {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    private final CommandGateway commands;
    private final CheckOutcomeIntake intake;
    private final EventStore eventStore;
    private final StreamingEventProcessor autoApproval;

    AutoApprovalScenario(ApplicationContext context) {
        commands = context.getBean(CommandGateway.class);
        intake = context.getBean(CheckOutcomeIntake.class);
        eventStore = context.getBean(EventStore.class);
        autoApproval = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(AutoApprovalSaga.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    /** The auto-approval follows the event stream (its token is initialised on its first start). */
    AutoApprovalScenario awaitAutoApprovalRunning() {
        await().atMost(DEADLINE).until(() -> !autoApproval.processingStatus().isEmpty());
        return this;
    }

    /** Stops the auto-approval, so that the application can move on while the saga lags behind. */
    void pauseAutoApproval() {
        autoApproval.shutDown();
    }

    AutoApprovalScenario resumeAutoApproval() {
        autoApproval.start();
        return awaitAutoApprovalRunning();
    }

    boolean autoApprovalInError() {
        return autoApproval.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    void send(Object command) {
        commands.sendAndWait(command);
    }

    /** Starts, completes (every change) and submits an application of the given amount. */
    LCApplicationId submitApplication(String amount, String currency) {
        LCApplicationId id = LCApplicationId.newId();
        LCApplicationLifecycle.draft(id).forEach(commands::sendAndWait);
        commands.sendAndWait(new ChangeAmount(id, Money.of(amount, currency), 0, null));
        commands.sendAndWait(LCApplicationLifecycle.submit(id));
        return id;
    }

    void recordApproved(LCApplicationId id, CheckKind... checks) {
        for (CheckKind check : checks) {
            intake.record(new CheckOutcome(check, id, Decision.approved("in order")), null, Actor.user("analyst"));
        }
    }

    List<LCApplicationApproved> approvals(LCApplicationId id) {
        return eventStore.readEvents(id.toString()).asStream()
                .map(event -> event.getPayload())
                .filter(LCApplicationApproved.class::isInstance)
                .map(LCApplicationApproved.class::cast)
                .toList();
    }

    List<MetaData> metaDataOfEvents(LCApplicationId id) {
        return eventStore.readEvents(id.toString()).asStream().map(event -> event.getMetaData()).toList();
    }

    long eventCount(LCApplicationId id) {
        return eventStore.readEvents(id.toString()).asStream().count();
    }

    /** Waits until the auto-approval has handled every event stored so far. */
    void awaitAutoApprovalCaughtUp() {
        long head = eventStore.createHeadToken().position().orElseThrow();
        await().atMost(DEADLINE).until(() -> autoApproval.processingStatus().values().stream()
                .allMatch(status -> positionOf(status) >= head));
    }

    private static long positionOf(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }
}
