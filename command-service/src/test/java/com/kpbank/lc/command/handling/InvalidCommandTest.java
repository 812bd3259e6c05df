package com.kpbank.lc.command.handling;

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
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.DeclineLCApplication;
import com.kpbank.lc.api.command.RecordApplicantCreditCheck;
import com.kpbank.lc.api.command.RecordProductLegalityCheck;
import com.kpbank.lc.api.command.RecordProductValueCheck;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.command.SubmitLCApplication;
import com.kpbank.lc.api.value.Address;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Bic;
import com.kpbank.lc.api.value.CheckDecision;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.MerchandiseItem;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.RequiredDocuments;
import com.kpbank.lc.api.value.Tenor;
import com.kpbank.lc.command.CommandServiceSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Structural validation on the command bus: every command with each kind of invalid field is refused as
 * {@code invalid-request}, naming the field, before the aggregate is touched, and nothing is stored.
 */
class InvalidCommandTest extends CommandServiceSpringTest {

    private static final String LONG_TEXT = "x".repeat(501);

    static Stream<Arguments> invalidCommands() {
        return Stream.of(
                invalid("clientReference", id -> new StartNewLCApplication(id, APPLICANT_ID, new ClientReference("abc"))),
                invalid("clientReference", id -> new StartNewLCApplication(id, APPLICANT_ID, null)),
                invalid("applicantId", id -> new StartNewLCApplication(id, new ApplicantId(" "), CLIENT_REFERENCE)),
                invalid("applicant", id -> new ChangeApplicant(id, null, null)),
                invalid("applicant.name", id -> new ChangeApplicant(id, new Party("", APPLICANT.address()), null)),
                invalid("applicant.address.street", id -> new ChangeApplicant(id, new Party("A", new Address(" ", "City", "1", Country.of("KR"))), null)),
                invalid("applicant.address.country", id -> new ChangeApplicant(id, party("A", "XX"), null)),
                invalid("beneficiary.address.postalCode", id -> new ChangeBeneficiary(id, new Party("B", new Address("S", "C", "12345678901234567", Country.of("DE"))), null)),
                invalid("beneficiary.address.country", id -> new ChangeBeneficiary(id, party("B", "de"), null)),
                invalid("beneficiary.address.country", id -> new ChangeBeneficiary(id, new Party("B", new Address("S", "C", "1", null)), null)),
                invalid("advisingBank.bic", id -> new ChangeAdvisingBank(id, new AdvisingBank(new Bic("DEUT"), "Bank", Country.of("DE")), null)),
                invalid("advisingBank.name", id -> new ChangeAdvisingBank(id, new AdvisingBank(new Bic("DEUTDEFF"), "", Country.of("DE")), null)),
                invalid("advisingBank.country", id -> new ChangeAdvisingBank(id, new AdvisingBank(new Bic("DEUTDEFF"), "Bank", null), null)),
                invalid("amount.amount", id -> new ChangeAmount(id, Money.of("-1", "USD"), 0, null)),
                invalid("amount.amount", id -> new ChangeAmount(id, Money.of("10.001", "USD"), 0, null)),
                invalid("amount.currency", id -> new ChangeAmount(id, Money.of("10", "XYZ"), 0, null)),
                invalid("amount.amount", id -> new ChangeAmount(id, Money.of("1e10000000", "USD"), 0, null)),
                invalid("tolerancePercent", id -> new ChangeAmount(id, Money.of("10", "USD"), 11, null)),
                invalid("tolerancePercent", id -> new ChangeAmount(id, Money.of("10", "USD"), -1, null)),
                invalid("merchandise.items", id -> new ChangeMerchandise(id, new Merchandise(List.of(), false), null)),
                invalid("merchandise.items[0].quantity", id -> new ChangeMerchandise(id, new Merchandise(List.of(new MerchandiseItem("Lathe", null, 0, "piece")), false), null)),
                invalid("merchandise.items[0].hsCode", id -> new ChangeMerchandise(id, new Merchandise(List.of(new MerchandiseItem("Lathe", "12", 1, "piece")), false), null)),
                invalid("merchandise.items[0].description", id -> new ChangeMerchandise(id, new Merchandise(List.of(new MerchandiseItem(" ", null, 1, "piece")), false), null)),
                invalid("requiredDocuments", id -> new ChangeRequiredDocuments(id, new RequiredDocuments(null), null)),
                invalid("conditions.deferredDays", id -> new ChangeConditions(id, new Conditions(Tenor.DEFERRED, 361, false, false, EXPIRY), null)),
                invalid("conditions.tenor", id -> new ChangeConditions(id, new Conditions(null, null, false, false, EXPIRY), null)),
                invalid("conditions.latestShipmentDate", id -> new ChangeConditions(id, new Conditions(Tenor.AT_SIGHT, null, false, false, null), null)),
                invalid("conditions.latestShipmentDate", id -> new ChangeConditions(id, new Conditions(Tenor.AT_SIGHT, null, false, false, LocalDate.MAX), null)),
                invalid("expiryDate", id -> new ChangeExpiryDate(id, null, null)),
                invalid("expiryDate", id -> new ChangeExpiryDate(id, LocalDate.now().plusYears(5).plusDays(1), null)),
                invalid("lcApplicationId", id -> new SubmitLCApplication(new LCApplicationId(null), null)),
                invalid("approvedBy", id -> new ApproveLCApplication(id, new DecisionMaker(" "), null)),
                invalid("approvedBy", id -> new ApproveLCApplication(id, null, null)),
                invalid("declinedBy", id -> new DeclineLCApplication(id, null, "reason", null)),
                invalid("reason", id -> new DeclineLCApplication(id, new DecisionMaker("manager"), " ", null)),
                invalid("reason", id -> new CancelLCApplication(id, "", null)),
                invalid("reason", id -> new CancelLCApplication(id, LONG_TEXT, null)),
                invalid("outcome", id -> new RecordProductValueCheck(id, null, null)),
                invalid("outcome.decision", id -> new RecordProductLegalityCheck(id, new Decision(null, "fine"), null)),
                invalid("outcome.remarks", id -> new RecordApplicantCreditCheck(id, new Decision(CheckDecision.APPROVED, LONG_TEXT), null)));
    }

    private static Arguments invalid(String field, Function<LCApplicationId, Object> command) {
        Object example = command.apply(LCApplicationId.newId());
        return arguments(example.getClass().getSimpleName() + " " + field, field, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommands")
    void an_invalid_field_is_refused_by_name_and_nothing_is_stored(String name, String field, Function<LCApplicationId, Object> command) {
        LCApplicationId id = LCApplicationId.newId();

        CommandRefusal refusal = refusalOf(command.apply(id));

        assertThat(refusal.code()).isEqualTo(CommandRefusal.INVALID_COMMAND);
        assertThat(refusal.violations()).extracting(CommandRefusal.FieldViolation::field).containsExactly(field);
        assertThat(refusal.violations().get(0).message()).isNotBlank();
        assertThat(storedEventsOf(id)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommands")
    void an_invalid_change_to_an_existing_application_stores_nothing(String name, String field, Function<LCApplicationId, Object> command) {
        LCApplicationId id = LCApplicationId.newId();
        commandGateway.sendAndWait(new StartNewLCApplication(id, APPLICANT_ID, CLIENT_REFERENCE));

        assertThat(refusalOf(command.apply(id)).code()).isEqualTo(CommandRefusal.INVALID_COMMAND);
        assertThat(storedEventsOf(id)).hasSize(1);
    }
}
