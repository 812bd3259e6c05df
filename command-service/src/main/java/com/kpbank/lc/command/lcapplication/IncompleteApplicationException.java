package com.kpbank.lc.command.lcapplication;

import java.util.List;

/** Only a complete draft can be submitted; the message names every part still missing. */
public class IncompleteApplicationException extends BusinessRuleViolation {

    public static final String CODE = "incomplete-application";

    private final List<String> missingParts;

    public IncompleteApplicationException(List<String> missingParts) {
        super(CODE, "the application is incomplete, missing: " + String.join(", ", missingParts));
        this.missingParts = List.copyOf(missingParts);
    }

    public List<String> missingParts() {
        return missingParts;
    }
}
