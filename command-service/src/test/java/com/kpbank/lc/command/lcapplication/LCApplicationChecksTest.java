package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.RecordApplicantCreditCheck;
import com.kpbank.lc.api.command.RecordProductLegalityCheck;
import com.kpbank.lc.api.command.RecordProductValueCheck;
import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.BiFunction;
import java.util.stream.Stream;

import static com.kpbank.lc.command.lcapplication.LCApplicationFixtures.lcApplicationFixture;
import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.*;

/** The outcomes of the three checks by Compliance and Customer Onboarding: once each, on a submitted application. */
class LCApplicationChecksTest {

    private static final Decision APPROVED = Decision.approved("all fine");
    private static final Decision REJECTED = Decision.rejected("dual-use goods");

    private final LCApplicationId id = LCApplicationId.newId();
    private FixtureConfiguration<LCApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = lcApplicationFixture();
    }

    static Stream<Check> checks() {
        return Stream.of(
                new Check("product value", RecordProductValueCheck::new, ProductValueValidated::new),
                new Check("product legality", RecordProductLegalityCheck::new, ProductLegalityValidated::new),
                new Check("applicant credit", RecordApplicantCreditCheck::new, ApplicantCreditValidated::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void the_outcome_of_a_check_of_a_submitted_application_is_recorded(Check check) {
        fixture.given(completeDraft(id)).andGiven(submitted(id))
               .when(check.record(id, REJECTED))
               .expectEvents(check.recorded(id, REJECTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void a_second_outcome_of_the_same_check_is_refused(Check check) {
        fixture.given(completeDraft(id)).andGiven(submitted(id), check.recorded(id, APPROVED))
               .when(check.record(id, REJECTED))
               .expectNoEvents()
               .expectException(CheckAlreadyRecordedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void the_outcome_of_one_check_does_not_record_the_others(Check check) {
        Stream<Object> others = checks().filter(c -> !c.equals(check)).map(c -> c.recorded(id, APPROVED));
        fixture.given(completeDraft(id)).andGiven(submitted(id)).andGiven(others.toList())
               .when(check.record(id, APPROVED))
               .expectEvents(check.recorded(id, APPROVED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void the_outcome_of_a_check_of_a_draft_is_refused(Check check) {
        fixture.given(completeDraft(id))
               .when(check.record(id, APPROVED))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void the_outcome_of_a_check_of_a_decided_application_is_refused(Check check) {
        fixture.given(completeDraft(id)).andGiven(submitted(id), new LCApplicationApproved(id, DecisionMaker.AUTO_APPROVAL))
               .when(check.record(id, APPROVED))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    record Check(String name,
                 Recorder recorder,
                 BiFunction<LCApplicationId, Decision, Object> event) {

        Object record(LCApplicationId id, Decision outcome) {
            return recorder.command(id, outcome, null);
        }

        Object recorded(LCApplicationId id, Decision outcome) {
            return event.apply(id, outcome);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    interface Recorder {
        Object command(LCApplicationId id, Decision outcome, Long expectedVersion);
    }
}
