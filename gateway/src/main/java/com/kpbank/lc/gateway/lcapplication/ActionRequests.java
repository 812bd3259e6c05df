package com.kpbank.lc.gateway.lcapplication;

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
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.gateway.checks.CheckKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What each action's request body is (API.md, "Body shapes") and the command of the published
 * language it becomes. The bodies are the value objects of the published language wherever their
 * JSON is the body's shape; the few others are declared here.
 */
final class ActionRequests {

    private ActionRequests() {
    }

    static Class<?> bodyOf(Action action) {
        return switch (action) {
            case CHANGE_APPLICANT, CHANGE_BENEFICIARY -> Party.class;
            case CHANGE_ADVISING_BANK -> AdvisingBank.class;
            case CHANGE_AMOUNT -> Money.class;
            case CHANGE_MERCHANDISE -> Merchandise.class;
            case CHANGE_DOCUMENTS -> RequiredDocuments.class;
            case CHANGE_CONDITIONS -> Conditions.class;
            case CHANGE_EXPIRY_DATE -> ExpiryDate.class;
            case CANCEL, DECLINE -> Reason.class;
            case SUBMIT, APPROVE -> NoFields.class;
            case RECORD_PRODUCT_VALUE_CHECK, RECORD_PRODUCT_LEGALITY_CHECK, RECORD_APPLICANT_CREDIT_CHECK -> Decision.class;
        };
    }

    static LCApplicationCommand toCommand(Action action, LCApplicationId id, Object body, Long expectedVersion, Viewer user) {
        DecisionMaker by = new DecisionMaker(user.name());
        return switch (action) {
            case CHANGE_APPLICANT -> new ChangeApplicant(id, (Party) body, expectedVersion);
            case CHANGE_BENEFICIARY -> new ChangeBeneficiary(id, (Party) body, expectedVersion);
            case CHANGE_ADVISING_BANK -> new ChangeAdvisingBank(id, (AdvisingBank) body, expectedVersion);
            case CHANGE_AMOUNT -> new ChangeAmount(id, (Money) body, expectedVersion);
            case CHANGE_MERCHANDISE -> new ChangeMerchandise(id, (Merchandise) body, expectedVersion);
            case CHANGE_DOCUMENTS -> new ChangeRequiredDocuments(id, (RequiredDocuments) body, expectedVersion);
            case CHANGE_CONDITIONS -> new ChangeConditions(id, (Conditions) body, expectedVersion);
            case CHANGE_EXPIRY_DATE -> new ChangeExpiryDate(id, ((ExpiryDate) body).expiryDate(), expectedVersion);
            case SUBMIT -> new SubmitLCApplication(id, expectedVersion);
            case CANCEL -> new CancelLCApplication(id, ((Reason) body).reason(), expectedVersion);
            case APPROVE -> new ApproveLCApplication(id, by, expectedVersion);
            case DECLINE -> new DeclineLCApplication(id, by, ((Reason) body).reason(), expectedVersion);
            case RECORD_PRODUCT_VALUE_CHECK, RECORD_PRODUCT_LEGALITY_CHECK, RECORD_APPLICANT_CREDIT_CHECK ->
                    throw new IllegalArgumentException(action + " is a check outcome: it enters through the intake");
        };
    }

    /** The check an action records, if it records one: check outcomes enter through the intake of the anti-corruption layer. */
    static Optional<CheckKind> checkOf(Action action) {
        return switch (action) {
            case RECORD_PRODUCT_VALUE_CHECK -> Optional.of(CheckKind.PRODUCT_VALUE);
            case RECORD_PRODUCT_LEGALITY_CHECK -> Optional.of(CheckKind.PRODUCT_LEGALITY);
            case RECORD_APPLICANT_CREDIT_CHECK -> Optional.of(CheckKind.APPLICANT_CREDIT);
            default -> Optional.empty();
        };
    }

    /** Body of {@code change-expiry-date}. */
    record ExpiryDate(@NotNull LocalDate expiryDate) {
    }

    /** Body of {@code decline} and {@code cancel}. */
    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** Body of {@code submit} and {@code approve}: {@code {}}, or none. */
    record NoFields() {
    }
}
