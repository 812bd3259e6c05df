package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.value.Money;

import java.math.BigDecimal;

/** The amount exceeds the maximum LC value, compared in US dollars. */
public class AmountAboveMaximumException extends BusinessRuleViolation {

    public AmountAboveMaximumException(Money amount, int tolerancePercent, BigDecimal maximumUsd) {
        super(CommandRefusal.AMOUNT_ABOVE_MAXIMUM, "the amount " + amount.amount() + " " + amount.currency()
                + (tolerancePercent == 0 ? "" : " plus its tolerance of " + tolerancePercent + " %")
                + " is above the maximum LC value of USD " + maximumUsd);
    }
}
