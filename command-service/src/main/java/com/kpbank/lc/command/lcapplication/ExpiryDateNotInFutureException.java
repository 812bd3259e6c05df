package com.kpbank.lc.command.lcapplication;

import java.time.LocalDate;

/** An LC cannot expire today or in the past. */
public class ExpiryDateNotInFutureException extends BusinessRuleViolation {

    public static final String CODE = "expiry-date-not-in-future";

    public ExpiryDateNotInFutureException(LocalDate expiryDate) {
        super(CODE, "the expiry date " + expiryDate + " is not in the future");
    }
}
