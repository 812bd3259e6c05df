package com.kpbank.lc.api.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.json.LcJson;
import com.kpbank.lc.api.projection.ProjectionState;
import com.kpbank.lc.api.projection.ProjectionStatus;
import com.kpbank.lc.api.projection.ProjectionStatuses;
import com.kpbank.lc.api.query.LCApplicationHistoryPage;
import com.kpbank.lc.api.query.LCApplicationPage;
import com.kpbank.lc.api.query.LCApplicationVersions;
import com.kpbank.lc.api.query.LCFacts;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.TradingTerms;
import com.kpbank.lc.api.value.Actor;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCState;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One answer of each kind the gateway asks the services for, as its pacts show them: every field it reads. */
public final class AnswerSamples {

    private AnswerSamples() {
    }

    /** An application a manager approved, as the search read model shows it. */
    public static LCApplicationView application() {
        return new LCApplicationView(EventSamples.ID, new ApplicantId("applicant-1"), new ClientReference("PO-2026-0001"), LCState.APPROVED,
                EventSamples.applicantChanged().applicant(), EventSamples.beneficiaryChanged().beneficiary(),
                EventSamples.advisingBankChanged().advisingBank(), EventSamples.amountChanged().amount(), 5,
                EventSamples.merchandiseChanged().merchandise(), EventSamples.requiredDocumentsChanged().requiredDocuments(),
                EventSamples.conditionsChanged().conditions(), EventSamples.expiryDateChanged().expiryDate(),
                EventSamples.productValueValidated().outcome(), EventSamples.productLegalityValidated().outcome(),
                EventSamples.applicantCreditValidated().outcome(), Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"),
                Instant.parse("2026-12-02T09:30:00Z"), new DecisionMaker("manager"), null, 0, false, 14);
    }

    public static LCApplicationPage page() {
        return new LCApplicationPage(List.of(application()), 0, 20, 1);
    }

    /** The first entry of an application's history: its applicant started it. */
    public static LCApplicationHistoryPage history() {
        ObjectNode data = LcJson.objectMapper().createObjectNode().put("applicantId", "applicant-1").put("clientReference", "PO-2026-0001");
        return new LCApplicationHistoryPage(List.of(new LCApplicationHistoryPage.Entry(0, "LCApplicationStarted",
                Instant.parse("2026-12-01T10:00:00Z"), Actor.user("applicant-1"), data)), 0, 1, 14);
    }

    /** The last version of the approved application, as a resumed live view asks for what it missed. */
    public static LCApplicationVersions versions() {
        return new LCApplicationVersions(List.of(application()));
    }

    public static ProjectionStatuses projectionStatuses() {
        return new ProjectionStatuses(List.of(new ProjectionStatus("lc-search", ProjectionState.RUNNING, 41, 0, "g0", null, 0, List.of(), null)));
    }

    /** The facts of one applicant's one application, approved by a manager an hour after its submission. */
    public static LCFacts facts() {
        return new LCFacts(Map.of(LCState.APPROVED, 1L), Map.of("USD", new LCFacts.CurrencyFacts(1, new BigDecimal("8000.00"), new BigDecimal("8000.00"))),
                1.0, 0, 1, new LCFacts.DurationFacts(1, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)),
                List.of(new LCFacts.HourlyCount(Instant.parse("2026-12-01T11:00:00Z"), 1)), Map.of("GB", 1L));
    }

    public static TradingTerms tradingTerms() {
        return new TradingTerms(List.of("USD"), List.of("GB"));
    }

    /** A command refused for a value its bounds do not allow. */
    public static CommandRefusal refusal() {
        return new CommandRefusal(CommandRefusal.INVALID_COMMAND, "the command is invalid",
                List.of(new CommandRefusal.FieldViolation("amount.amount", "must be greater than 0")));
    }
}
