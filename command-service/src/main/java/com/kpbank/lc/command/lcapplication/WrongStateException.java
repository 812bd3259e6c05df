package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.LCTask;
import com.kpbank.lc.api.value.LCState;

/** The task is not allowed in the application's current state (e.g. changing a submitted application). */
public class WrongStateException extends BusinessRuleViolation {

    public WrongStateException(LCTask task, LCState state) {
        super(CommandRefusal.WRONG_STATE, "cannot " + task.description() + " an application that is " + state);
    }
}
