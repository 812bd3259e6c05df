package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
/** A deferred tenor says how many days after presentation the beneficiary is paid. */
public class DeferredTenorNeedsDaysException extends BusinessRuleViolation {

    public DeferredTenorNeedsDaysException() {
        super(CommandRefusal.DEFERRED_TENOR_NEEDS_DAYS, "a deferred tenor needs its number of days");
    }
}
