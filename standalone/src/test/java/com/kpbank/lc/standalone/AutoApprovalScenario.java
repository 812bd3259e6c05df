package com.kpbank.lc.standalone;

import com.kpbank.lc.api.command.ChangeAdvisingBank;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.ChangeApplicant;
import com.kpbank.lc.api.command.ChangeBeneficiary;
import com.kpbank.lc.api.command.ChangeConditions;
import com.kpbank.lc.api.command.ChangeExpiryDate;
import com.kpbank.lc.api.command.ChangeMerchandise;
import com.kpbank.lc.api.command.ChangeRequiredDocuments;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.value.Address;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.MerchandiseItem;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import com.kpbank.lc.gateway.checks.CheckKind;
import com.kpbank.lc.gateway.checks.CheckOutcome;
import com.kpbank.lc.gateway.checks.CheckOutcomeIntake;
import com.kpbank.lc.saga.autoapproval.AutoApprovalSaga;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.LocalDate;
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
    private final TrackingEventProcessor autoApproval;

    AutoApprovalScenario(ApplicationContext context) {
        commands = context.getBean(CommandGateway.class);
        intake = context.getBean(CheckOutcomeIntake.class);
        eventStore = context.getBean(EventStore.class);
        autoApproval = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(AutoApprovalSaga.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
    }

    /** The auto-approval follows the event stream (its token is initialised on its first start). */
    AutoApprovalScenario awaitAutoApprovalRunning() {
        await().atMost(DEADLINE).until(() -> !autoApproval.processingStatus().isEmpty());
        return this;
    }

    /** Starts, completes (every change) and submits an application of the given amount. */
    LCApplicationId submitApplication(String amount, String currency) {
        LCApplicationId id = LCApplicationId.newId();
        Country germany = Country.of("DE");
        Country unitedStates = Country.of("US");
        LocalDate latestShipment = LocalDate.now().plusDays(30);
        commands.sendAndWait(new StartNewLCApplication(id, new ApplicantId("applicant-1"), new ClientReference("PUMPS-2026-01")));
        commands.sendAndWait(new ChangeApplicant(id, new Party("Muster Maschinenbau GmbH",
                new Address("Hauptstrasse 1", "Berlin", "10115", germany)), null));
        commands.sendAndWait(new ChangeBeneficiary(id, new Party("Acme Pumps Inc.",
                new Address("1 Industrial Way", "Houston", "77001", unitedStates)), null));
        commands.sendAndWait(new ChangeAdvisingBank(id, new AdvisingBank(new Bic("CHASUS33"), "JPMorgan Chase Bank", unitedStates), null));
        commands.sendAndWait(new ChangeAmount(id, Money.of(amount, currency), null));
        commands.sendAndWait(new ChangeMerchandise(id, new Merchandise(
                List.of(new MerchandiseItem("Centrifugal pumps", "841370", 4, "pieces")), false), null));
        commands.sendAndWait(new ChangeRequiredDocuments(id, RequiredDocuments.of(
                DocumentType.COMMERCIAL_INVOICE, DocumentType.BILL_OF_LADING, DocumentType.CERTIFICATE_OF_ORIGIN), null));
        commands.sendAndWait(new ChangeConditions(id, new Conditions(Tenor.AT_SIGHT, null, false, false, latestShipment), null));
        commands.sendAndWait(new ChangeExpiryDate(id, latestShipment.plusDays(60), null));
        commands.sendAndWait(new SubmitLCApplication(id, null));
        return id;
    }

    void recordApproved(LCApplicationId id, CheckKind... checks) {
        for (CheckKind check : checks) {
            intake.record(new CheckOutcome(check, id, Decision.approved("in order")), null);
        }
    }

    List<LCApplicationApproved> approvals(LCApplicationId id) {
        return eventStore.readEvents(id.toString()).asStream()
                .map(event -> event.getPayload())
                .filter(LCApplicationApproved.class::isInstance)
                .map(LCApplicationApproved.class::cast)
                .toList();
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
