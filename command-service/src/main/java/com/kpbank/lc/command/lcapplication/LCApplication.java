package com.kpbank.lc.command.lcapplication;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CancelLCApplication;
import com.kpbank.lc.api.command.ChangeAdvisingBank;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.ChangeApplicant;
import com.kpbank.lc.api.command.ChangeBeneficiary;
import com.kpbank.lc.api.command.ChangeConditions;
import com.kpbank.lc.api.command.ChangeExpiryDate;
import com.kpbank.lc.api.command.ChangeMerchandise;
import com.kpbank.lc.api.command.ChangeRequiredDocuments;
import com.kpbank.lc.api.command.DeclineLCApplication;
import com.kpbank.lc.api.command.LCApplicationCommand;
import com.kpbank.lc.api.command.LCTask;
import com.kpbank.lc.api.command.RecordApplicantCreditCheck;
import com.kpbank.lc.api.command.RecordProductLegalityCheck;
import com.kpbank.lc.api.command.RecordProductValueCheck;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.event.AdvisingBankChanged;
import com.kpbank.lc.api.event.ApplicantChanged;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.BeneficiaryChanged;
import com.kpbank.lc.api.event.ConditionsChanged;
import com.kpbank.lc.api.event.ExpiryDateChanged;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import com.kpbank.lc.command.lookup.LCLookupData;
import com.kpbank.lc.command.reminder.ApprovalReminder;
import com.kpbank.lc.command.reminder.ApprovalReminderSettings;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An importer's application for a Letter of Credit, event-sourced: drafted task by task, submitted, checked
 * by Compliance and Customer Onboarding, then approved, declined or cancelled. Every rule of the domain is
 * here, next to the state it protects; each refusal is a {@link BusinessRuleViolation} with a stable code.
 * <p>
 * Every command handler but the start returns the application's version after handling (the sequence number
 * of its last event, unchanged when nothing was emitted), so that a caller can tag what it read and wait
 * for read models to reach it. A change that sets the value the application already has emits nothing.
 * Lookup data, reminder settings and the deadline manager are handler parameters, resolved from the Spring
 * context: never state, never carried in commands.
 * <p>
 * Snapshots serialise the fields with the project's JSON mapper, hence the field visibility.
 */
@Aggregate(snapshotTriggerDefinition = LCApplicationRepositoryConfiguration.SNAPSHOT_TRIGGER, cache = LCApplicationRepositoryConfiguration.CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class LCApplication {

    @AggregateIdentifier
    private LCApplicationId lcApplicationId;
    private ApplicantId applicantId;
    private LCState state;
    private Instant submittedAt;
    private Party applicant;
    private Party beneficiary;
    private AdvisingBank advisingBank;
    private Money amount;
    private int tolerancePercent;
    private Merchandise merchandise;
    private RequiredDocuments requiredDocuments;
    private Conditions conditions;
    private LocalDate expiryDate;
    private boolean productValueChecked;
    private boolean productLegalityChecked;
    private boolean applicantCreditChecked;

    /** For Axon, which rebuilds the application from its events. */
    protected LCApplication() {
    }

    /**
     * Before any rule runs: an {@code expectedVersion} the application has moved past refuses the command,
     * and so does a task the application's state does not allow ({@link LCTask}, DOMAIN.md's "allowed when").
     */
    @CommandHandlerInterceptor
    void refuseStaleCommandsAndTasksNotAllowedNow(LCApplicationCommand command, ConflictResolver conflictResolver) {
        conflictResolver.detectConflicts(unseenEvents -> !unseenEvents.isEmpty());
        if (!command.task().isAllowedIn(state)) {
            throw new WrongStateException(command.task(), state);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LCApplicationId handle(StartNewLCApplication command) {
        if (lcApplicationId != null) {
            throw new LCApplicationAlreadyExistsException(lcApplicationId);
        }
        apply(new LCApplicationStarted(command.lcApplicationId(), command.applicantId(), command.clientReference()));
        return lcApplicationId;
    }

    @CommandHandler
    public Long handle(ChangeApplicant command) {
        if (!Objects.equals(applicant, command.applicant())) {
            if (beneficiary != null && beneficiary.country().equals(command.applicant().country())) {
                throw new SameCountryPartiesException(beneficiary.country());
            }
            apply(new ApplicantChanged(lcApplicationId, command.applicant()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeBeneficiary command, LCLookupData lookupData) {
        if (!Objects.equals(beneficiary, command.beneficiary())) {
            if (lookupData.isSanctioned(command.beneficiary().country())) {
                throw new SanctionedCountryException(command.beneficiary().country());
            }
            if (applicant != null && applicant.country().equals(command.beneficiary().country())) {
                throw new SameCountryPartiesException(applicant.country());
            }
            apply(new BeneficiaryChanged(lcApplicationId, command.beneficiary()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeAdvisingBank command) {
        if (!Objects.equals(advisingBank, command.advisingBank())) {
            apply(new AdvisingBankChanged(lcApplicationId, command.advisingBank()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeAmount command, LCLookupData lookupData) {
        Money newAmount = command.amount();
        if (!Objects.equals(amount, newAmount) || tolerancePercent != command.tolerancePercent()) {
            if (!lookupData.isTradeable(newAmount.currency())) {
                throw new CurrencyNotTradeableException(newAmount.currency());
            }
            if (lookupData.isAboveMaximum(newAmount.plusPercent(command.tolerancePercent()))) {
                throw new AmountAboveMaximumException(newAmount, command.tolerancePercent(), lookupData.maximumLcValueUsd());
            }
            apply(new LCAmountChanged(lcApplicationId, newAmount, command.tolerancePercent()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeMerchandise command) {
        if (!Objects.equals(merchandise, command.merchandise())) {
            apply(new MerchandiseChanged(lcApplicationId, command.merchandise()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeRequiredDocuments command) {
        if (!Objects.equals(requiredDocuments, command.requiredDocuments())) {
            apply(new RequiredDocumentsChanged(lcApplicationId, command.requiredDocuments()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeConditions command) {
        if (!Objects.equals(conditions, command.conditions())) {
            if (command.conditions().tenor() == Tenor.DEFERRED && command.conditions().deferredDays() == null) {
                throw new DeferredTenorNeedsDaysException();
            }
            apply(new ConditionsChanged(lcApplicationId, command.conditions()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeExpiryDate command) {
        if (!Objects.equals(expiryDate, command.expiryDate())) {
            if (!command.expiryDate().isAfter(today())) {
                throw new ExpiryDateNotInFutureException(command.expiryDate());
            }
            apply(new ExpiryDateChanged(lcApplicationId, command.expiryDate()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(SubmitLCApplication command, DeadlineManager deadlineManager, ApprovalReminderSettings reminders) {
        List<String> missing = missingParts();
        if (!missing.isEmpty()) {
            throw new IncompleteApplicationException(missing);
        }
        if (requiredDocuments == null || !requiredDocuments.includes(DocumentType.CERTIFICATE_OF_ORIGIN)) {
            throw new CertificateOfOriginRequiredException();
        }
        if (!advisingBank.country().equals(beneficiary.country())) {
            throw new AdvisingBankCountryMismatchException(advisingBank.country(), beneficiary.country());
        }
        if (conditions != null && !expiryDate.isAfter(conditions.latestShipmentDate())) {
            throw new ExpiryBeforeShipmentException(expiryDate, conditions.latestShipmentDate());
        }
        apply(new LCApplicationSubmitted(lcApplicationId, applicantId, amount, tolerancePercent, beneficiary.country()));
        deadlineManager.schedule(reminders.interval(), ApprovalReminder.deadlineNameFor(lcApplicationId), ApprovalReminder.first());
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ApproveLCApplication command, DeadlineManager deadlineManager) {
        apply(new LCApplicationApproved(lcApplicationId, command.approvedBy()));
        cancelApprovalReminders(deadlineManager);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(DeclineLCApplication command, DeadlineManager deadlineManager) {
        apply(new LCApplicationDeclined(lcApplicationId, command.declinedBy(), command.reason()));
        cancelApprovalReminders(deadlineManager);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(CancelLCApplication command, DeadlineManager deadlineManager) {
        if (state == LCState.SUBMITTED) {
            cancelApprovalReminders(deadlineManager);
        }
        apply(new LCApplicationCancelled(lcApplicationId, command.reason()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordProductValueCheck command) {
        requireUnrecorded("product value", productValueChecked);
        apply(new ProductValueValidated(lcApplicationId, command.outcome()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordProductLegalityCheck command) {
        requireUnrecorded("product legality", productLegalityChecked);
        apply(new ProductLegalityValidated(lcApplicationId, command.outcome()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(RecordApplicantCreditCheck command) {
        requireUnrecorded("applicant credit", applicantCreditChecked);
        apply(new ApplicantCreditValidated(lcApplicationId, command.outcome()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Reminders 1 and 2 say the decision is pending and schedule the next, counted from the submission (a
     * reminder delivered late, after an outage, does not push the next one back; an application snapshotted
     * before its submission time was kept counts from now); the third expiry says it is past due.
     * Matched by payload: each application's reminders have a deadline name of their own.
     */
    @DeadlineHandler
    void on(ApprovalReminder reminder, DeadlineManager deadlineManager, ApprovalReminderSettings reminders) {
        if (state != LCState.SUBMITTED) {
            return;
        }
        if (reminder.isPastDue()) {
            apply(new LCApprovalPastDue(lcApplicationId), Actor.REMINDER.metaData());
        } else {
            apply(new LCApprovalPending(lcApplicationId, reminder.number()), Actor.REMINDER.metaData());
            ApprovalReminder next = reminder.next();
            deadlineManager.schedule(submittedAt == null ? GenericEventMessage.clock.instant().plus(reminders.interval()) : next.dueAt(submittedAt, reminders.interval()),
                    ApprovalReminder.deadlineNameFor(lcApplicationId), next);
        }
    }

    private void cancelApprovalReminders(DeadlineManager deadlineManager) {
        deadlineManager.cancelAllWithinScope(ApprovalReminder.deadlineNameFor(lcApplicationId));
    }

    private static void requireUnrecorded(String check, boolean recorded) {
        if (recorded) {
            throw new CheckAlreadyRecordedException(check);
        }
    }

    private List<String> missingParts() {
        List<String> missing = new ArrayList<>();
        if (applicant == null) missing.add("applicant");
        if (beneficiary == null) missing.add("beneficiary");
        if (advisingBank == null) missing.add("advising bank");
        if (amount == null) missing.add("amount");
        if (merchandise == null) missing.add("merchandise");
        if (expiryDate == null) missing.add("expiry date");
        return missing;
    }

    /** Today in UTC, on Axon's clock, which test fixtures control. */
    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    }

    @EventSourcingHandler
    void on(LCApplicationStarted event) {
        lcApplicationId = event.lcApplicationId();
        applicantId = event.applicantId();
        state = LCState.DRAFT;
    }

    @EventSourcingHandler
    void on(ApplicantChanged event) {
        applicant = event.applicant();
    }

    @EventSourcingHandler
    void on(BeneficiaryChanged event) {
        beneficiary = event.beneficiary();
    }

    @EventSourcingHandler
    void on(AdvisingBankChanged event) {
        advisingBank = event.advisingBank();
    }

    @EventSourcingHandler
    void on(LCAmountChanged event) {
        amount = event.amount();
        tolerancePercent = event.tolerancePercent();
    }

    @EventSourcingHandler
    void on(MerchandiseChanged event) {
        merchandise = event.merchandise();
    }

    @EventSourcingHandler
    void on(RequiredDocumentsChanged event) {
        requiredDocuments = event.requiredDocuments();
    }

    @EventSourcingHandler
    void on(ConditionsChanged event) {
        conditions = event.conditions();
    }

    @EventSourcingHandler
    void on(ExpiryDateChanged event) {
        expiryDate = event.expiryDate();
    }

    @EventSourcingHandler
    void on(LCApplicationSubmitted event, @Timestamp Instant at) {
        state = LCState.SUBMITTED;
        submittedAt = at;
    }

    @EventSourcingHandler
    void on(ProductValueValidated event) {
        productValueChecked = true;
    }

    @EventSourcingHandler
    void on(ProductLegalityValidated event) {
        productLegalityChecked = true;
    }

    @EventSourcingHandler
    void on(ApplicantCreditValidated event) {
        applicantCreditChecked = true;
    }

    @EventSourcingHandler
    void on(LCApplicationApproved event) {
        state = LCState.APPROVED;
    }

    @EventSourcingHandler
    void on(LCApplicationDeclined event) {
        state = LCState.DECLINED;
    }

    @EventSourcingHandler
    void on(LCApplicationCancelled event) {
        state = LCState.CANCELLED;
    }
}
