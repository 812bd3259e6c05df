package com.kpbank.lc.command.lcapplication;

/**
 * A command the LC application refuses. Each rule is its own subclass, named in the domain's words, with a
 * stable {@link #code()}: the code is what crosses process boundaries (as a
 * {@link com.kpbank.lc.api.command.CommandRefusal}) and what the API serves as {@code /problems/<code>}.
 */
public abstract class BusinessRuleViolation extends RuntimeException {

    private final String code;

    protected BusinessRuleViolation(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The rule's stable code, e.g. {@code sanctioned-country}. */
    public String code() {
        return code;
    }
}
