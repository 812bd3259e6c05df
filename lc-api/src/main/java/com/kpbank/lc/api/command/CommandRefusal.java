package com.kpbank.lc.api.command;

import java.util.List;

/**
 * Why a command was refused, as the details of Axon's {@code CommandExecutionException}: it crosses
 * process boundaries intact, so the gateway answers the same problem type whether the command
 * service runs in its JVM or behind Axon Server.
 *
 * @param code       a stable code: {@link #INVALID_COMMAND}, {@link #WRONG_STATE}, {@link #STALE},
 *                   {@link #NOT_FOUND}, or the code of the business rule that refused it
 *                   (e.g. {@code sanctioned-country}); the API serves it as {@code /problems/<code>}
 * @param message    a sentence for people
 * @param violations the fields at fault, for {@link #INVALID_COMMAND}; empty otherwise
 */
public record CommandRefusal(String code, String message, List<FieldViolation> violations) {

    public static final String INVALID_COMMAND = "invalid-request";
    public static final String WRONG_STATE = "wrong-state";
    public static final String STALE = "stale";
    public static final String NOT_FOUND = "not-found";
    public static final String ALREADY_EXISTS = "already-exists";

    // the business rules of DOMAIN.md, each its own problem type
    public static final String ADVISING_BANK_COUNTRY_MISMATCH = "advising-bank-country-mismatch";
    public static final String AMOUNT_ABOVE_MAXIMUM = "amount-above-maximum";
    public static final String CERTIFICATE_OF_ORIGIN_REQUIRED = "certificate-of-origin-required";
    public static final String CHECK_ALREADY_RECORDED = "check-already-recorded";
    public static final String CURRENCY_NOT_TRADEABLE = "currency-not-tradeable";
    public static final String DEFERRED_TENOR_NEEDS_DAYS = "deferred-tenor-needs-days";
    public static final String EXPIRY_BEFORE_SHIPMENT = "expiry-before-shipment";
    public static final String EXPIRY_DATE_NOT_IN_FUTURE = "expiry-date-not-in-future";
    public static final String INCOMPLETE_APPLICATION = "incomplete-application";
    public static final String SAME_COUNTRY_PARTIES = "same-country-parties";
    public static final String SANCTIONED_COUNTRY = "sanctioned-country";

    public CommandRefusal {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static CommandRefusal of(String code, String message) {
        return new CommandRefusal(code, message, List.of());
    }

    /** One field that broke a structural rule, by its path in the command (e.g. {@code beneficiary.address.country}). */
    public record FieldViolation(String field, String message) {
    }
}
