package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import java.time.LocalDate;

/** An LC cannot expire today or in the past. */
public class ExpiryDateNotInFutureException extends BusinessRuleViolation {

    public ExpiryDateNotInFutureException(LocalDate expiryDate) {
        super(CommandRefusal.EXPIRY_DATE_NOT_IN_FUTURE, "the expiry date " + expiryDate + " is not in the future");
    }
}
