package com.kpbank.lc.search.lcapplication;

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
import com.kpbank.lc.api.event.LCApprovalPending;
import com.kpbank.lc.api.event.MerchandiseChanged;
import com.kpbank.lc.api.event.ProductLegalityValidated;
import com.kpbank.lc.api.event.ProductValueValidated;
import com.kpbank.lc.api.event.RequiredDocumentsChanged;
import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.Address;
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
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * The event history of one LC application as the command service would store it: domain event
 * messages of the {@code LCApplication} aggregate with consecutive sequence numbers and timestamps.
 */
final class LCApplicationHistory {

    private static final String[] GOODS = {"steel pipes", "cotton shirts", "copper wire", "olive oil", "ceramic tiles", "solar panels", "coffee beans", "leather shoes"};
    private static final String[] COMPANIES = {"Hanseatic Trading", "Lisboa Ceramics", "Andes Coffee", "Nordic Timber", "Osaka Electronics", "Cairo Cotton"};

    private final LCApplicationId id;
    private final ApplicantId applicant;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Money amount;
    private Instant last;

    private LCApplicationHistory(LCApplicationId id, ApplicantId applicant, Instant startedAt) {
        this.id = id;
        this.applicant = applicant;
        this.last = startedAt;
    }

    static LCApplicationHistory started(String applicant, String clientReference, Instant at) {
        LCApplicationHistory history = new LCApplicationHistory(LCApplicationId.newId(), new ApplicantId(applicant), at);
        return history.then(id -> new LCApplicationStarted(id, history.applicant, new ClientReference(clientReference)), at);
    }

    /** A complete draft: parties, bank, amount, merchandise, documents, conditions, expiry. */
    static LCApplicationHistory draft(String applicant, String clientReference, String goods, String beneficiary, Money amount, Instant at) {
        LCApplicationHistory history = started(applicant, clientReference, at);
        history.amount = amount;
        return history
                .then(id -> new ApplicantChanged(id, party("Importer of " + applicant, "DE")))
                .then(id -> new BeneficiaryChanged(id, party(beneficiary, "FR")))
                .then(id -> new AdvisingBankChanged(id, new AdvisingBank(new Bic("BNPAFRPP"), "BNP Paribas", Country.of("FR"))))
                .then(id -> new LCAmountChanged(id, amount, 0))
                .then(id -> new MerchandiseChanged(id, new Merchandise(List.of(new MerchandiseItem(goods, "730630", 100, "pieces")), false)))
                .then(id -> new RequiredDocumentsChanged(id, RequiredDocuments.of(DocumentType.COMMERCIAL_INVOICE, DocumentType.CERTIFICATE_OF_ORIGIN)))
                .then(id -> new ConditionsChanged(id, new Conditions(Tenor.AT_SIGHT, null, true, false, LocalDate.of(2030, 3, 1))))
                .then(id -> new ExpiryDateChanged(id, LocalDate.of(2030, 6, 30)));
    }

    /** One of a mix of realistic lifecycles (drafts, submissions, checks, decisions, cancellations), chosen by {@code random}. */
    static LCApplicationHistory realistic(String applicant, Random random, Instant at) {
        Money amount = Money.of(random.nextInt(1, 400_000) + "." + random.nextInt(10, 100), random.nextBoolean() ? "USD" : "EUR");
        LCApplicationHistory history = draft(applicant, "REF-" + random.nextInt(100_000, 999_999), GOODS[random.nextInt(GOODS.length)],
                COMPANIES[random.nextInt(COMPANIES.length)], amount, at);
        int fate = random.nextInt(10);
        if (fate == 0) {
            return history;
        }
        if (fate == 1) {
            return history.cancelled("no longer needed");
        }
        history.submitted().then(id -> new ProductValueValidated(id, Decision.approved("fair value")))
                .then(id -> new ProductLegalityValidated(id, Decision.approved("legal")));
        if (fate == 2) {
            return history.then(id -> new LCApprovalPending(id, 1));
        }
        history.then(id -> new ApplicantCreditValidated(id, fate == 3 ? Decision.rejected("over limit") : Decision.approved("sound")));
        return fate == 3 ? history.then(id -> new LCApplicationDeclined(id, new DecisionMaker("manager"), "credit rejected"))
                : history.then(id -> new LCApplicationApproved(id, fate < 6 ? DecisionMaker.AUTO_APPROVAL : new DecisionMaker("manager")));
    }

    static Party party(String name, String country) {
        return new Party(name, new Address("1 Harbour Street", "Port City", "12345", Country.of(country)));
    }

    LCApplicationHistory then(Function<LCApplicationId, LCApplicationEvent> event) {
        return then(event, last.plus(Duration.ofMinutes(5)));
    }

    LCApplicationHistory then(Function<LCApplicationId, LCApplicationEvent> event, Instant at) {
        last = at;
        events.add(new GenericDomainEventMessage<>("LCApplication", id.toString(), events.size(), event.apply(id), Map.of(), UUID.randomUUID().toString(), at));
        return this;
    }

    LCApplicationHistory submitted() {
        return submitted(last.plus(Duration.ofHours(1)));
    }

    LCApplicationHistory submitted(Instant at) {
        return then(id -> new LCApplicationSubmitted(id, applicant, amount, 0, Country.of("FR")), at);
    }

    LCApplicationHistory approved() {
        return then(id -> new LCApplicationApproved(id, new DecisionMaker("manager")));
    }

    LCApplicationHistory cancelled(String reason) {
        return then(id -> new LCApplicationCancelled(id, reason));
    }

    LCApplicationId id() {
        return id;
    }

    List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    /** The aggregate version after the last event. */
    long version() {
        return events.size() - 1;
    }
}
