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

    private final LCApplicationId id;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant now;

    private LCHistory(LCApplicationId id, Instant startedAt) {
        this.id = id;
        this.now = startedAt;
    }

    /** An application started at that time, with its amount set in the draft. */
    public static LCHistory started(LCApplicationId id, Instant at) {
        return new LCHistory(id, at)
                .then(Duration.ZERO, new LCApplicationStarted(id, new ApplicantId("applicant-1"), new ClientReference("REF-" + id.value().toString().substring(0, 8))));
    }

    public static LCHistory started(Instant at) {
        return started(LCApplicationId.newId(), at);
    }

    public LCHistory submitted(Duration later, String amount, String currency, String beneficiaryCountry) {
        then(Duration.ZERO, new LCAmountChanged(id, Money.of(amount, currency)));
        return then(later, new LCApplicationSubmitted(id, new ApplicantId("applicant-1"), Money.of(amount, currency), Country.of(beneficiaryCountry)));
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
