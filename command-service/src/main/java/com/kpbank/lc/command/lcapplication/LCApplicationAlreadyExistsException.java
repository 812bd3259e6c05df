package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.value.LCApplicationId;

/** A start with the id of an application that already exists: the caller chooses ids, so it may retry one. */
public class LCApplicationAlreadyExistsException extends BusinessRuleViolation {

    public LCApplicationAlreadyExistsException(LCApplicationId id) {
        super(CommandRefusal.ALREADY_EXISTS, "the LC application " + id + " already exists");
    }
}
