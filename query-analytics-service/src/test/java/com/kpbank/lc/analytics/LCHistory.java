package com.kpbank.lc.analytics;

import com.kpbank.lc.api.event.ApplicantCreditValidated;
import com.kpbank.lc.api.event.LCAmountChanged;
import com.kpbank.lc.api.event.LCApplicationApproved;
import com.kpbank.lc.api.event.LCApplicationCancelled;
import com.kpbank.lc.api.event.LCApplicationDeclined;
import com.kpbank.lc.api.event.LCApplicationStarted;
import com.kpbank.lc.api.event.LCApplicationSubmitted;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.CheckDecision;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.Money;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The history of one LC application as the command service would store it: its events with the
 * application as aggregate, consecutive sequence numbers and the given timestamps.
 */
public final class LCHistory {

    public static final String AGGREGATE_TYPE = "LCApplication";
    /** Whose application it is, unless {@link #startedBy} says otherwise. */
    public static final String APPLICANT = "applicant-1";

    private final LCApplicationId id;
    private final ApplicantId applicant;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant now;

    private LCHistory(LCApplicationId id, ApplicantId applicant, Instant startedAt) {
        this.id = id;
        this.applicant = applicant;
        this.now = startedAt;
    }

    /** An application started at that time, with its amount set in the draft. */
    public static LCHistory started(LCApplicationId id, Instant at) {
        return startedBy(APPLICANT, id, at);
    }

    public static LCHistory started(Instant at) {
        return started(LCApplicationId.newId(), at);
    }

    /** An application of that applicant. */
    public static LCHistory startedBy(String applicant, Instant at) {
        return startedBy(applicant, LCApplicationId.newId(), at);
    }

    private static LCHistory startedBy(String applicant, LCApplicationId id, Instant at) {
        return new LCHistory(id, new ApplicantId(applicant), at)
                .then(Duration.ZERO, new LCApplicationStarted(id, new ApplicantId(applicant), new ClientReference("REF-" + id.value().toString().substring(0, 8))));
    }

    public LCHistory submitted(Duration later, String amount, String currency, String beneficiaryCountry) {
        then(Duration.ZERO, new LCAmountChanged(id, Money.of(amount, currency), 0));
        return then(later, new LCApplicationSubmitted(id, applicant, Money.of(amount, currency), 0, Country.of(beneficiaryCountry)));
    }

    public LCHistory creditChecked(Duration later) {
        return then(later, new ApplicantCreditValidated(id, new Decision(CheckDecision.APPROVED, "fine")));
    }

    public LCHistory approvedBy(Duration later, DecisionMaker by) {
        return then(later, new LCApplicationApproved(id, by));
    }

    public LCHistory declined(Duration later) {
        return then(later, new LCApplicationDeclined(id, new DecisionMaker("manager"), "not this time"));
    }

    public LCHistory cancelled(Duration later) {
        return then(later, new LCApplicationCancelled(id, "changed my mind"));
    }

    /** Any event, {@code later} than the previous one. */
    public LCHistory then(Duration later, Object payload) {
        now = now.plus(later);
        events.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, id.toString(), events.size(), payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), now));
        return this;
    }

    public LCApplicationId id() {
        return id;
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }
}
