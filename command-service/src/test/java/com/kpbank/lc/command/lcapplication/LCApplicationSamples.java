package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.event.AdvisingBankChanged;
import com.kpbank.lc.api.event.ApplicantChanged;
import com.kpbank.lc.api.event.BeneficiaryChanged;
import com.kpbank.lc.api.event.ConditionsChanged;
import com.kpbank.lc.api.event.ExpiryDateChanged;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.value.Address;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.MerchandiseItem;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A valid, complete application to start from, and its events. */
public final class LCApplicationSamples {

    public static final ApplicantId APPLICANT_ID = new ApplicantId("applicant-1");
    public static final ClientReference CLIENT_REFERENCE = new ClientReference("PO-2026-0001");
    public static final Party APPLICANT = party("Hanbit Importers", "KR");
    public static final Party BENEFICIARY = party("Rheinland Maschinen GmbH", "DE");
    public static final AdvisingBank ADVISING_BANK = new AdvisingBank(new Bic("DEUTDEFF"), "Deutsche Bank", Country.of("DE"));
    public static final Money AMOUNT = Money.of("125000.00", "EUR");
    public static final Merchandise MERCHANDISE = new Merchandise(
            List.of(new MerchandiseItem("CNC milling machine", "845710", 2, "pieces")), false);
    public static final RequiredDocuments DOCUMENTS = RequiredDocuments.of(
            DocumentType.COMMERCIAL_INVOICE, DocumentType.BILL_OF_LADING, DocumentType.CERTIFICATE_OF_ORIGIN);
    public static final LocalDate LATEST_SHIPMENT = today().plusDays(60);
    public static final Conditions CONDITIONS = new Conditions(Tenor.AT_SIGHT, null, false, true, LATEST_SHIPMENT);
    public static final LocalDate EXPIRY = today().plusDays(90);

    private LCApplicationSamples() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static Party party(String name, String country) {
        return new Party(name, new Address("1 Harbour Road", "Port City", "12345", Country.of(country)));
    }

    public static LCApplicationStarted started(LCApplicationId id) {
        return new LCApplicationStarted(id, APPLICANT_ID, CLIENT_REFERENCE);
    }

    /** The events of a draft that has everything a submission needs. */
    public static List<Object> completeDraft(LCApplicationId id) {
        return List.of(started(id),
                new ApplicantChanged(id, APPLICANT),
                new BeneficiaryChanged(id, BENEFICIARY),
                new AdvisingBankChanged(id, ADVISING_BANK),
                new LCAmountChanged(id, AMOUNT, 0),
                new MerchandiseChanged(id, MERCHANDISE),
                new RequiredDocumentsChanged(id, DOCUMENTS),
                new ConditionsChanged(id, CONDITIONS),
                new ExpiryDateChanged(id, EXPIRY));
    }

    public static LCApplicationSubmitted submitted(LCApplicationId id) {
        return new LCApplicationSubmitted(id, APPLICANT_ID, AMOUNT, 0, BENEFICIARY.country());
    }
}
