package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.ChangeAdvisingBank;
import com.kpbank.lc.api.command.ChangeAmount;
import com.kpbank.lc.api.command.ChangeApplicant;
import com.kpbank.lc.api.command.ChangeBeneficiary;
import com.kpbank.lc.api.command.ChangeConditions;
import com.kpbank.lc.api.command.ChangeExpiryDate;
import com.kpbank.lc.api.command.ChangeMerchandise;
import com.kpbank.lc.api.command.ChangeRequiredDocuments;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.event.AdvisingBankChanged;
import com.kpbank.lc.api.event.ApplicantChanged;
import com.kpbank.lc.api.event.BeneficiaryChanged;
import com.kpbank.lc.api.event.ConditionsChanged;
import com.kpbank.lc.api.event.ExpiryDateChanged;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.DocumentType;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.MerchandiseItem;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static com.kpbank.lc.command.lcapplication.LCApplicationFixtures.lcApplicationFixture;
import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.*;

/** Starting a draft and changing it task by task. */
class LCApplicationDraftingTest {

    private final LCApplicationId id = LCApplicationId.newId();
    private FixtureConfiguration<LCApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = lcApplicationFixture();
    }

    @Test
    void starting_an_application_opens_a_draft_under_the_id_the_caller_chose() {
        fixture.givenNoPriorActivity()
               .when(new StartNewLCApplication(id, APPLICANT_ID, CLIENT_REFERENCE))
               .expectEvents(started(id))
               .expectResultMessagePayload(id);
    }

    @Test
    void starting_an_application_with_an_id_already_taken_is_refused_as_already_existing() {
        fixture.given(started(id))
               .when(new StartNewLCApplication(id, APPLICANT_ID, CLIENT_REFERENCE))
               .expectNoEvents()
               .expectException(LCApplicationAlreadyExistsException.class);
    }

    @Test
    void changing_the_applicant_of_a_draft_sets_it_and_answers_the_new_version() {
        fixture.given(started(id))
               .when(new ChangeApplicant(id, APPLICANT, null))
               .expectEvents(new ApplicantChanged(id, APPLICANT))
               .expectResultMessagePayload(1L);
    }

    @Test
    void changing_the_beneficiary_of_a_draft_sets_it() {
        fixture.given(started(id), new ApplicantChanged(id, APPLICANT))
               .when(new ChangeBeneficiary(id, BENEFICIARY, null))
               .expectEvents(new BeneficiaryChanged(id, BENEFICIARY))
               .expectResultMessagePayload(2L);
    }

    @Test
    void beneficiary_in_a_sanctioned_country_is_refused() {
        fixture.given(started(id))
               .when(new ChangeBeneficiary(id, party("Pyongyang Trading", "KP"), null))
               .expectNoEvents()
               .expectException(SanctionedCountryException.class);
    }

    @Test
    void beneficiary_in_the_applicants_country_is_refused() {
        fixture.given(started(id), new ApplicantChanged(id, APPLICANT))
               .when(new ChangeBeneficiary(id, party("Busan Exporters", "KR"), null))
               .expectNoEvents()
               .expectException(SameCountryPartiesException.class);
    }

    @Test
    void applicant_in_the_beneficiarys_country_is_refused() {
        fixture.given(started(id), new BeneficiaryChanged(id, BENEFICIARY))
               .when(new ChangeApplicant(id, party("Hamburg Importers", "DE"), null))
               .expectNoEvents()
               .expectException(SameCountryPartiesException.class);
    }

    @Test
    void changing_the_advising_bank_of_a_draft_sets_it() {
        fixture.given(started(id))
               .when(new ChangeAdvisingBank(id, ADVISING_BANK, null))
               .expectEvents(new AdvisingBankChanged(id, ADVISING_BANK));
    }

    @Test
    void changing_the_amount_of_a_draft_sets_it() {
        fixture.given(started(id))
               .when(new ChangeAmount(id, AMOUNT, 0, null))
               .expectEvents(new LCAmountChanged(id, AMOUNT, 0));
    }

    @Test
    void amount_in_a_currency_the_bank_does_not_trade_is_refused() {
        fixture.given(started(id))
               .when(new ChangeAmount(id, Money.of("1000", "ZAR"), 0, null))
               .expectNoEvents()
               .expectException(CurrencyNotTradeableException.class);
    }

    @Test
    void amount_of_exactly_the_maximum_lc_value_is_accepted() {
        Money maximum = Money.of("500000.00", "USD");
        fixture.given(started(id))
               .when(new ChangeAmount(id, maximum, 0, null))
               .expectEvents(new LCAmountChanged(id, maximum, 0));
    }

    @Test
    void amount_above_the_maximum_lc_value_is_refused() {
        fixture.given(started(id))
               .when(new ChangeAmount(id, Money.of("500000.01", "USD"), 0, null))
               .expectNoEvents()
               .expectException(AmountAboveMaximumException.class);
    }

    @Test
    void an_amount_with_a_tolerance_is_set_with_it() {
        fixture.given(started(id))
               .when(new ChangeAmount(id, AMOUNT, 10, null))
               .expectEvents(new LCAmountChanged(id, AMOUNT, 10));
    }

    @Test
    void changing_only_the_tolerance_changes_the_amount() {
        fixture.given(started(id), new LCAmountChanged(id, AMOUNT, 0))
               .when(new ChangeAmount(id, AMOUNT, 5, null))
               .expectEvents(new LCAmountChanged(id, AMOUNT, 5));
    }

    @Test
    void an_amount_whose_tolerance_takes_it_above_the_maximum_lc_value_is_refused() {
        fixture.given(started(id))
               .when(new ChangeAmount(id, Money.of("460000.00", "USD"), 10, null))
               .expectNoEvents()
               .expectException(AmountAboveMaximumException.class);
    }

    @Test
    void amount_in_another_currency_is_held_against_the_maximum_in_us_dollars() {
        fixture.given(started(id))
               .when(new ChangeAmount(id, Money.of("470000.00", "EUR"), 0, null))
               .expectNoEvents()
               .expectException(AmountAboveMaximumException.class);
    }

    @Test
    void changing_the_merchandise_of_a_draft_sets_it() {
        fixture.given(started(id))
               .when(new ChangeMerchandise(id, MERCHANDISE, null))
               .expectEvents(new MerchandiseChanged(id, MERCHANDISE));
    }

    @Test
    void changing_the_required_documents_of_a_draft_sets_them() {
        fixture.given(started(id))
               .when(new ChangeRequiredDocuments(id, DOCUMENTS, null))
               .expectEvents(new RequiredDocumentsChanged(id, DOCUMENTS));
    }

    @Test
    void changing_the_conditions_of_a_draft_sets_them() {
        fixture.given(started(id))
               .when(new ChangeConditions(id, CONDITIONS, null))
               .expectEvents(new ConditionsChanged(id, CONDITIONS));
    }

    @Test
    void a_deferred_tenor_with_its_days_is_accepted() {
        Conditions deferred = new Conditions(Tenor.DEFERRED, 90, true, false, LATEST_SHIPMENT);
        fixture.given(started(id))
               .when(new ChangeConditions(id, deferred, null))
               .expectEvents(new ConditionsChanged(id, deferred));
    }

    @Test
    void a_deferred_tenor_without_days_is_refused() {
        fixture.given(started(id))
               .when(new ChangeConditions(id, new Conditions(Tenor.DEFERRED, null, true, false, LATEST_SHIPMENT), null))
               .expectNoEvents()
               .expectException(DeferredTenorNeedsDaysException.class);
    }

    @Test
    void changing_the_expiry_date_of_a_draft_sets_it() {
        fixture.given(started(id))
               .when(new ChangeExpiryDate(id, EXPIRY, null))
               .expectEvents(new ExpiryDateChanged(id, EXPIRY));
    }

    @Test
    void an_expiry_date_of_today_is_refused() {
        fixture.given(started(id))
               .when(new ChangeExpiryDate(id, today(), null))
               .expectNoEvents()
               .expectException(ExpiryDateNotInFutureException.class);
    }

    @Test
    void an_expiry_date_in_the_past_is_refused() {
        fixture.given(started(id))
               .when(new ChangeExpiryDate(id, today().minusDays(1), null))
               .expectNoEvents()
               .expectException(ExpiryDateNotInFutureException.class);
    }

    /** Each change task with the value the complete draft already has, and with a different one. */
    static Stream<Change> changes() {
        return Stream.of(
                new Change("applicant", id -> new ChangeApplicant(id, APPLICANT, null),
                        id -> new ChangeApplicant(id, party("Seoul Importers", "KR"), null)),
                new Change("beneficiary", id -> new ChangeBeneficiary(id, BENEFICIARY, null),
                        id -> new ChangeBeneficiary(id, party("Lyon Exporters", "FR"), null)),
                new Change("advising bank", id -> new ChangeAdvisingBank(id, ADVISING_BANK, null),
                        id -> new ChangeAdvisingBank(id, new AdvisingBank(new Bic("COBADEFFXXX"), "Commerzbank", Country.of("DE")), null)),
                new Change("amount", id -> new ChangeAmount(id, Money.of("125000", "EUR"), 0, null),
                        id -> new ChangeAmount(id, Money.of("99000", "EUR"), 0, null)),
                new Change("merchandise", id -> new ChangeMerchandise(id, MERCHANDISE, null),
                        id -> new ChangeMerchandise(id, new Merchandise(List.of(new MerchandiseItem("Lathe", null, 1, "piece")), false), null)),
                new Change("required documents", id -> new ChangeRequiredDocuments(id, DOCUMENTS, null),
                        id -> new ChangeRequiredDocuments(id, RequiredDocuments.of(DocumentType.CERTIFICATE_OF_ORIGIN), null)),
                new Change("conditions", id -> new ChangeConditions(id, CONDITIONS, null),
                        id -> new ChangeConditions(id, new Conditions(Tenor.DEFERRED, 30, true, true, LATEST_SHIPMENT), null)),
                new Change("expiry date", id -> new ChangeExpiryDate(id, EXPIRY, null),
                        id -> new ChangeExpiryDate(id, EXPIRY.plusDays(1), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void a_change_to_the_same_value_emits_nothing_and_leaves_the_version(Change change) {
        fixture.given(completeDraft(id))
               .when(change.toSameValue().apply(id))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload((long) completeDraft(id).size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void cannot_change_a_submitted_application(Change change) {
        fixture.given(completeDraft(id))
               .andGiven(submitted(id))
               .when(change.toOtherValue().apply(id))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    record Change(String name, Function<LCApplicationId, Object> toSameValue, Function<LCApplicationId, Object> toOtherValue) {
        @Override
        public String toString() {
            return name;
        }
    }
}
