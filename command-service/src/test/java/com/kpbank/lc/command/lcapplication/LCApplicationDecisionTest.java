package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.ApproveLCApplication;
import com.kpbank.lc.api.command.CancelLCApplication;
import com.kpbank.lc.api.command.DeclineLCApplication;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.kpbank.lc.command.lcapplication.LCApplicationFixtures.lcApplicationFixture;
import static com.kpbank.lc.command.lcapplication.LCApplicationSamples.*;

/** Deciding a submitted application, and cancelling a draft or submitted one. */
class LCApplicationDecisionTest {

    private static final DecisionMaker MANAGER = new DecisionMaker("manager");

    private final LCApplicationId id = LCApplicationId.newId();
    private FixtureConfiguration<LCApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = lcApplicationFixture();
    }

    @Test
    void a_manager_approves_a_submitted_application() {
        fixture.given(completeDraft(id)).andGiven(submitted(id))
               .when(new ApproveLCApplication(id, MANAGER, null))
               .expectEvents(new LCApplicationApproved(id, MANAGER))
               .expectResultMessagePayload((long) completeDraft(id).size() + 1);
    }

    @Test
    void a_manager_declines_a_submitted_application_saying_why() {
        fixture.given(completeDraft(id)).andGiven(submitted(id))
               .when(new DeclineLCApplication(id, MANAGER, "insufficient collateral", null))
               .expectEvents(new LCApplicationDeclined(id, MANAGER, "insufficient collateral"));
    }

    @Test
    void cannot_approve_a_draft() {
        fixture.given(completeDraft(id))
               .when(new ApproveLCApplication(id, MANAGER, null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    @Test
    void cannot_decline_a_draft() {
        fixture.given(completeDraft(id))
               .when(new DeclineLCApplication(id, MANAGER, "no", null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    @Test
    void cannot_approve_an_application_already_approved() {
        fixture.given(completeDraft(id)).andGiven(submitted(id), new LCApplicationApproved(id, MANAGER))
               .when(new ApproveLCApplication(id, DecisionMaker.AUTO_APPROVAL, null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    @Test
    void cannot_approve_a_declined_application() {
        fixture.given(completeDraft(id)).andGiven(submitted(id), new LCApplicationDeclined(id, MANAGER, "no"))
               .when(new ApproveLCApplication(id, MANAGER, null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    @Test
    void the_applicant_cancels_a_draft() {
        fixture.given(started(id))
               .when(new CancelLCApplication(id, "ordered elsewhere", null))
               .expectEvents(new LCApplicationCancelled(id, "ordered elsewhere"));
    }

    @Test
    void the_applicant_cancels_a_submitted_application() {
        fixture.given(completeDraft(id)).andGiven(submitted(id))
               .when(new CancelLCApplication(id, "ordered elsewhere", null))
               .expectEvents(new LCApplicationCancelled(id, "ordered elsewhere"));
    }

    @Test
    void cannot_cancel_an_approved_application() {
        fixture.given(completeDraft(id)).andGiven(submitted(id), new LCApplicationApproved(id, MANAGER))
               .when(new CancelLCApplication(id, "too late", null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    @Test
    void cannot_cancel_a_declined_application() {
        fixture.given(completeDraft(id)).andGiven(submitted(id), new LCApplicationDeclined(id, MANAGER, "no"))
               .when(new CancelLCApplication(id, "too late", null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }

    @Test
    void cannot_cancel_an_application_twice() {
        fixture.given(started(id), new LCApplicationCancelled(id, "first"))
               .when(new CancelLCApplication(id, "second", null))
               .expectNoEvents()
               .expectException(WrongStateException.class);
    }
}
