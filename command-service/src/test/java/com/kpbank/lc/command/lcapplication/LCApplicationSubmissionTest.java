package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.event.AdvisingBankChanged;
import com.kpbank.lc.api.event.ConditionsChanged;
import com.kpbank.lc.api.event.ExpiryDateChanged;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import com.kpbank.lc.command.reminder.ApprovalReminder;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.kpbank.lc.command.lcapplication.LCApplicationFixtures.lcApplicationFixture;
import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.*;

/** Handing a draft to the bank: only a complete and consistent one. */
class LCApplicationSubmissionTest {

    private final LCApplicationId id = LCApplicationId.newId();
    private FixtureConfiguration<LCApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = lcApplicationFixture();
    }

    @Test
    void submitting_a_complete_draft_submits_it_and_schedules_the_approval_reminder_ten_days_later() {
        fixture.given(completeDraft(id))
               .when(new SubmitLCApplication(id, null))
               .expectEvents(submitted(id))
               .expectResultMessagePayload((long) completeDraft(id).size())
               .expectScheduledDeadline(Duration.ofDays(10), ApprovalReminder.first());
    }

    @Test
    void the_submission_carries_the_amounts_tolerance_to_the_checks_and_the_auto_approval() {
        fixture.given(completeDraft(id))
               .andGiven(new LCAmountChanged(id, AMOUNT, 10))
               .when(new SubmitLCApplication(id, null))
               .expectEvents(new LCApplicationSubmitted(id, APPLICANT_ID, AMOUNT, 10, BENEFICIARY.country()));
    }

    @Test
    void an_incomplete_application_cannot_be_submitted_and_the_refusal_names_every_missing_part() {
        fixture.given(started(id))
               .when(new SubmitLCApplication(id, null))
               .expectNoEvents()
               .expectNoScheduledDeadlines()
               .expectException(IncompleteApplicationException.class)
               .expectExceptionMessage("the application is incomplete, missing: "
                       + "applicant, beneficiary, advising bank, amount, merchandise, expiry date");
    }

    @Test
    void an_application_without_a_certificate_of_origin_cannot_be_submitted() {
        fixture.given(completeDraft(id))
               .andGiven(new RequiredDocumentsChanged(id, RequiredDocuments.of(DocumentType.COMMERCIAL_INVOICE)))
               .when(new SubmitLCApplication(id, null))
               .expectNoEvents()
               .expectException(CertificateOfOriginRequiredException.class);
    }

    @Test
    void an_advising_bank_outside_the_beneficiarys_country_prevents_submission() {
        fixture.given(completeDraft(id))
               .andGiven(new AdvisingBankChanged(id, new AdvisingBank(new Bic("BNPAFRPP"), "BNP Paribas", Country.of("FR"))))
               .when(new SubmitLCApplication(id, null))
               .expectNoEvents()
               .expectException(AdvisingBankCountryMismatchException.class);
    }

    @Test
    void an_expiry_not_after_the_latest_shipment_date_prevents_submission() {
        fixture.given(completeDraft(id))
               .andGiven(new ConditionsChanged(id, new Conditions(Tenor.AT_SIGHT, null, false, false, EXPIRY)),
                         new ExpiryDateChanged(id, EXPIRY))
               .when(new SubmitLCApplication(id, null))
               .expectNoEvents()
               .expectException(ExpiryBeforeShipmentException.class);
    }

    @Test
    void cannot_submit_an_application_twice() {
        fixture.given(completeDraft(id))
               .andGiven(submitted(id))
               .when(new SubmitLCApplication(id, null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }
}
