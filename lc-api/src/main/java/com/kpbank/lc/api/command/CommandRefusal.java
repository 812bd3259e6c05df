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
