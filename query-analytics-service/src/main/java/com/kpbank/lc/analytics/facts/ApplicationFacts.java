package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.api.value.LCState;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * What the facts need to know of one LC application: one document per application, keyed by its id.
 * <p>
 * Order-safe and idempotent by construction, so redelivered, replayed or reordered events leave the
 * same document: the state follows the event with the highest aggregate sequence number seen
 * ({@code version}); everything else is a fact that happens once in an application's life
 * (started by its applicant, submitted with its amount and beneficiary country, decided, cancelled), which an event
 * delivered again sets to the same value. Times are kept to the millisecond, as BSON dates are.
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
        Boolean autoApproved) {

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

    /** An application no event has been projected for yet. */
    static ApplicationFacts unknown(String id) {
        return new ApplicationFacts(id, null, null, -1, null, null, null, null, null, null, null);
    }

    ApplicationFacts started(long sequence, Instant at, String applicant) {
        return new ApplicationFacts(id, applicant, stateAt(LCState.DRAFT, sequence), Math.max(version, sequence), millis(at),
                submittedAt, amount, currency, beneficiaryCountry, decidedAt, autoApproved);
    }

    ApplicationFacts submitted(long sequence, Instant at, String applicant, BigDecimal amount, String currency, String beneficiaryCountry) {
        return new ApplicationFacts(id, applicant, stateAt(LCState.SUBMITTED, sequence), Math.max(version, sequence), startedAt,
                millis(at), amount, currency, beneficiaryCountry, decidedAt, autoApproved);
    }

    ApplicationFacts approved(long sequence, Instant at, boolean auto) {
        return new ApplicationFacts(id, applicantId, stateAt(LCState.APPROVED, sequence), Math.max(version, sequence), startedAt,
                submittedAt, amount, currency, beneficiaryCountry, millis(at), auto);
    }

    ApplicationFacts declined(long sequence, Instant at) {
        return new ApplicationFacts(id, applicantId, stateAt(LCState.DECLINED, sequence), Math.max(version, sequence), startedAt,
                submittedAt, amount, currency, beneficiaryCountry, millis(at), autoApproved);
    }

    ApplicationFacts cancelled(long sequence) {
        return new ApplicationFacts(id, applicantId, stateAt(LCState.CANCELLED, sequence), Math.max(version, sequence), startedAt,
                submittedAt, amount, currency, beneficiaryCountry, decidedAt, autoApproved);
    }

    private LCState stateAt(LCState reached, long sequence) {
        return sequence > version ? reached : state;
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
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
        return document;
    }

    static ApplicationFacts of(Document document) {
        Decimal128 amount = document.get(AMOUNT, Decimal128.class);
        String state = document.getString(STATE);
        return new ApplicationFacts(document.getString(ID), document.getString(APPLICANT_ID), state == null ? null : LCState.valueOf(state), document.getLong(VERSION),
                instant(document.getDate(STARTED_AT)), instant(document.getDate(SUBMITTED_AT)),
                amount == null ? null : amount.bigDecimalValue(), document.getString(CURRENCY), document.getString(BENEFICIARY_COUNTRY),
                instant(document.getDate(DECIDED_AT)), document.getBoolean(AUTO_APPROVED));
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
