package com.kpbank.lc.command.lcapplication;

/** Each check's outcome is recorded once; a second outcome for the same check is refused. */
public class CheckAlreadyRecordedException extends BusinessRuleViolation {

    public static final String CODE = "check-already-recorded";

    public CheckAlreadyRecordedException(String check) {
        super(CODE, "the " + check + " check is already recorded");
    }
}
