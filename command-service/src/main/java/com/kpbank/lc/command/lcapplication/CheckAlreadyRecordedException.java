package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
/** Each check's outcome is recorded once; a second outcome for the same check is refused. */
public class CheckAlreadyRecordedException extends BusinessRuleViolation {

    public CheckAlreadyRecordedException(String check) {
        super(CommandRefusal.CHECK_ALREADY_RECORDED, "the " + check + " check is already recorded");
    }
}
