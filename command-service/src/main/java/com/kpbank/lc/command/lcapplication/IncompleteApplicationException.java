package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import java.util.List;

/** Only a complete draft can be submitted; the message names every part still missing. */
public class IncompleteApplicationException extends BusinessRuleViolation {

    private final List<String> missingParts;

    public IncompleteApplicationException(List<String> missingParts) {
        super(CommandRefusal.INCOMPLETE_APPLICATION, "the application is incomplete, missing: " + String.join(", ", missingParts));
        this.missingParts = List.copyOf(missingParts);
    }

    public List<String> missingParts() {
        return missingParts;
    }
}
