package com.kpbank.lc.command.lcapplication;

/** A deferred tenor says how many days after presentation the beneficiary is paid. */
public class DeferredTenorNeedsDaysException extends BusinessRuleViolation {

    public static final String CODE = "deferred-tenor-needs-days";

    public DeferredTenorNeedsDaysException() {
        super(CODE, "a deferred tenor needs its number of days");
    }
}
