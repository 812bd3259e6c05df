package com.kpbank.lc.api.contract;

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
import com.kpbank.lc.api.event.LCApplicationEvent;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.LCApprovalPastDue;
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.value.Address;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.MerchandiseItem;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;

import java.time.LocalDate;
import java.util.List;

/**
 * One event of each type as a consumer's pact shows it: the example values of the fields it reads. Lists hold one
 * element, the one a pact shows of a list (it matches lists of any length by their elements' type).
 */
public final class EventSamples {

    public static final LCApplicationId ID = LCApplicationId.of("6b0f3a52-1c7e-4d8a-9f21-3e5d7c9a0b14");

    private EventSamples() {
    }

    public static LCApplicationStarted started() {
        return new LCApplicationStarted(ID, new ApplicantId("applicant-1"), new ClientReference("PO-2026-0001"));
    }

    public static ApplicantChanged applicantChanged() {
        return new ApplicantChanged(ID, party("Rheinwerk Import GmbH", "DE"));
    }

    public static BeneficiaryChanged beneficiaryChanged() {
        return new BeneficiaryChanged(ID, party("Sheffield Tube Works Ltd", "GB"));
    }

    public static AdvisingBankChanged advisingBankChanged() {
        return new AdvisingBankChanged(ID, new AdvisingBank(new Bic("ADVBGB2L"), "Advising Bank of GB", Country.of("GB")));
    }

    public static LCAmountChanged amountChanged() {
        return new LCAmountChanged(ID, Money.of("8000.00", "USD"), 5);
    }

    public static MerchandiseChanged merchandiseChanged() {
        return new MerchandiseChanged(ID, new Merchandise(List.of(new MerchandiseItem("seamless steel pipes", "730419", 400, "tonnes")), false));
    }

    public static RequiredDocumentsChanged requiredDocumentsChanged() {
        return new RequiredDocumentsChanged(ID, RequiredDocuments.of(DocumentType.CERTIFICATE_OF_ORIGIN));
    }

    public static ConditionsChanged conditionsChanged() {
        return new ConditionsChanged(ID, new Conditions(Tenor.AT_SIGHT, null, true, false, LocalDate.of(2027, 2, 1)));
    }

    public static ExpiryDateChanged expiryDateChanged() {
        return new ExpiryDateChanged(ID, LocalDate.of(2027, 3, 3));
    }

    public static LCApplicationSubmitted submitted() {
        return new LCApplicationSubmitted(ID, new ApplicantId("applicant-1"), Money.of("8000.00", "USD"), 5, Country.of("GB"));
    }

    public static ProductValueValidated productValueValidated() {
        return new ProductValueValidated(ID, Decision.approved("value plausible"));
    }

    public static ProductLegalityValidated productLegalityValidated() {
        return new ProductLegalityValidated(ID, Decision.approved("no embargo"));
    }

    public static ApplicantCreditValidated applicantCreditValidated() {
        return new ApplicantCreditValidated(ID, Decision.approved("rating A"));
    }

    public static LCApprovalPending approvalPending() {
        return new LCApprovalPending(ID, 1);
    }

    public static LCApprovalPastDue approvalPastDue() {
        return new LCApprovalPastDue(ID);
    }

    public static LCApplicationApproved approved() {
        return new LCApplicationApproved(ID, DecisionMaker.AUTO_APPROVAL);
    }

    public static LCApplicationDeclined declined() {
        return new LCApplicationDeclined(ID, new DecisionMaker("manager"), "beneficiary unknown to the bank");
    }

    public static LCApplicationCancelled cancelled() {
        return new LCApplicationCancelled(ID, "ordered elsewhere");
    }

    /** One of each type, in the order of a life. */
    public static List<LCApplicationEvent> all() {
        return List.of(started(), applicantChanged(), beneficiaryChanged(), advisingBankChanged(), amountChanged(), merchandiseChanged(),
                requiredDocumentsChanged(), conditionsChanged(), expiryDateChanged(), submitted(), productValueValidated(),
                productLegalityValidated(), applicantCreditValidated(), approvalPending(), approvalPastDue(), approved(), declined(),
                cancelled());
    }

    private static Party party(String name, String country) {
        return new Party(name, new Address("Main Street 5", "Capital", "10000", Country.of(country)));
    }
}
