package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.api.value.CheckDecision;
import com.kpbank.lc.api.value.LCState;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the facts need to know of one LC application: one document per application, keyed by its id.
 * <p>
 * Order-safe and idempotent by construction, so redelivered, replayed or reordered events leave the
 * same document: the state follows the event with the highest aggregate sequence number seen
 * that reaches a state ({@code version}); everything else is a fact that happens once in an application's life
 * (started by its applicant, submitted with its amount and beneficiary country, each check's outcome, the
 * reminders, past due, decided, cancelled), which an event delivered again sets to the same value. Times are kept to the millisecond, as BSON dates are.
 * Amounts are {@link Decimal128}, so that the store can sum them.
 */
record ApplicationFacts(
        String id,
        String applicantId,
        LCState state,
        long version,
        Instant startedAt,
        Instant submittedAt,
        BigDecimal amount,
        String currency,
        String beneficiaryCountry,
        Instant decidedAt,
        Boolean autoApproved,
        Map<String, CheckDecision> checks,
        int reminders,
        boolean pastDue) {

    static final String ID = "_id";
    static final String APPLICANT_ID = "applicantId";
    static final String STATE = "state";
    static final String VERSION = "version";
    static final String STARTED_AT = "startedAt";
    static final String SUBMITTED_AT = "submittedAt";
    static final String SUBMITTED_HOUR = "submittedHour";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String BENEFICIARY_COUNTRY = "beneficiaryCountry";
    static final String DECIDED_AT = "decidedAt";
    static final String DECISION_MILLIS = "decisionMillis";
    static final String AUTO_APPROVED = "autoApproved";
    static final String CHECKS = "checks";
    static final String REMINDERS = "reminders";
    static final String PAST_DUE = "pastDue";

    ApplicationFacts {
        checks = Collections.unmodifiableMap(new TreeMap<>(checks));
    }

    /** An application no event has been projected for yet. */
    static ApplicationFacts unknown(String id) {
        return new ApplicationFacts(id, null, null, -1, null, null, null, null, null, null, null, Map.of(), 0, false);
    }

    ApplicationFacts started(long sequence, Instant at, String applicant) {
        return change(sequence, LCState.DRAFT, facts -> {
            facts.applicantId = applicant;
            facts.startedAt = millis(at);
        });
    }

    ApplicationFacts submitted(long sequence, Instant at, String applicant, BigDecimal amount, String currency, String beneficiaryCountry) {
        return change(sequence, LCState.SUBMITTED, facts -> {
            facts.applicantId = applicant;
            facts.submittedAt = millis(at);
            facts.amount = amount;
            facts.currency = currency;
            facts.beneficiaryCountry = beneficiaryCountry;
        });
    }

    ApplicationFacts approved(long sequence, Instant at, boolean auto) {
        return change(sequence, LCState.APPROVED, facts -> {
            facts.decidedAt = millis(at);
            facts.autoApproved = auto;
        });
    }

    ApplicationFacts declined(long sequence, Instant at) {
        return change(sequence, LCState.DECLINED, facts -> facts.decidedAt = millis(at));
    }

    ApplicationFacts cancelled(long sequence) {
        return change(sequence, LCState.CANCELLED, facts -> { });
    }

    /** A check's outcome: each check is recorded once in an application's life. */
    ApplicationFacts checked(long sequence, String check, CheckDecision decision) {
        return change(sequence, null, facts -> facts.checks.put(check, decision));
    }

    /** An approval reminder fell due: the reminders so far are those up to its number. */
    ApplicationFacts reminded(long sequence, int reminderNumber) {
        return change(sequence, null, facts -> facts.reminders = Math.max(facts.reminders, reminderNumber));
    }

    ApplicationFacts becamePastDue(long sequence) {
        return change(sequence, null, facts -> facts.pastDue = true);
    }

    /**
     * These facts with the event of that sequence number applied: the state it reaches, if any, and what it sets.
     * Only an event that reaches a state counts for the {@code version} the state follows, so that an event that reaches
     * none (a check, a reminder) handled before an earlier one that does cannot keep that state from being reached.
     */
    private ApplicationFacts change(long sequence, LCState reached, Consumer<Draft> change) {
        Draft draft = new Draft(this);
        if (reached != null) {
            if (sequence > version) {
                draft.state = reached;
            }
            draft.version = Math.max(version, sequence);
        }
        change.accept(draft);
        return draft.facts();
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The facts being changed by one event. */
    private static final class Draft {
        private final String id;
        private String applicantId;
        private LCState state;
        private long version;
        private Instant startedAt;
        private Instant submittedAt;
        private BigDecimal amount;
        private String currency;
        private String beneficiaryCountry;
        private Instant decidedAt;
        private Boolean autoApproved;
        private final Map<String, CheckDecision> checks;
        private int reminders;
        private boolean pastDue;

        private Draft(ApplicationFacts facts) {
            id = facts.id;
            applicantId = facts.applicantId;
            state = facts.state;
            version = facts.version;
            startedAt = facts.startedAt;
            submittedAt = facts.submittedAt;
            amount = facts.amount;
            currency = facts.currency;
            beneficiaryCountry = facts.beneficiaryCountry;
            decidedAt = facts.decidedAt;
            autoApproved = facts.autoApproved;
            checks = new TreeMap<>(facts.checks);
            reminders = facts.reminders;
            pastDue = facts.pastDue;
        }

        private ApplicationFacts facts() {
            return new ApplicationFacts(id, applicantId, state, version, startedAt, submittedAt, amount, currency, beneficiaryCountry,
                    decidedAt, autoApproved, checks, reminders, pastDue);
        }
    }

    /** The stored document, with what the queries group by: the hour of submission and the time to decision. */
    Document toDocument() {
        Document document = new Document(ID, id).append(VERSION, version);
        putIfKnown(document, APPLICANT_ID, applicantId);
        putIfKnown(document, STATE, state == null ? null : state.name());
        putIfKnown(document, STARTED_AT, date(startedAt));
        putIfKnown(document, SUBMITTED_AT, date(submittedAt));
        putIfKnown(document, SUBMITTED_HOUR, submittedAt == null ? null : date(submittedAt.truncatedTo(ChronoUnit.HOURS)));
        putIfKnown(document, AMOUNT, amount == null ? null : new Decimal128(amount));
        putIfKnown(document, CURRENCY, currency);
        putIfKnown(document, BENEFICIARY_COUNTRY, beneficiaryCountry);
        putIfKnown(document, DECIDED_AT, date(decidedAt));
        putIfKnown(document, DECISION_MILLIS, submittedAt == null || decidedAt == null ? null : Duration.between(submittedAt, decidedAt).toMillis());
        putIfKnown(document, AUTO_APPROVED, autoApproved);
        if (!checks.isEmpty()) {
            Document outcomes = new Document();
            checks.forEach((check, decision) -> outcomes.append(check, decision.name()));
            document.append(CHECKS, outcomes);
        }
        if (reminders > 0) {
            document.append(REMINDERS, reminders);
        }
        if (pastDue) {
            document.append(PAST_DUE, true);
        }
        return document;
    }

    static ApplicationFacts of(Document document) {
        Decimal128 amount = document.get(AMOUNT, Decimal128.class);
        String state = document.getString(STATE);
        return new ApplicationFacts(document.getString(ID), document.getString(APPLICANT_ID), state == null ? null : LCState.valueOf(state), document.getLong(VERSION),
                instant(document.getDate(STARTED_AT)), instant(document.getDate(SUBMITTED_AT)),
                amount == null ? null : amount.bigDecimalValue(), document.getString(CURRENCY), document.getString(BENEFICIARY_COUNTRY),
                instant(document.getDate(DECIDED_AT)), document.getBoolean(AUTO_APPROVED), checks(document.get(CHECKS, Document.class)),
                document.getInteger(REMINDERS, 0), document.getBoolean(PAST_DUE, false));
    }

    private static Map<String, CheckDecision> checks(Document outcomes) {
        Map<String, CheckDecision> checks = new TreeMap<>();
        if (outcomes != null) {
            outcomes.forEach((check, decision) -> checks.put(check, CheckDecision.valueOf((String) decision)));
        }
        return checks;
    }

    private static void putIfKnown(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
