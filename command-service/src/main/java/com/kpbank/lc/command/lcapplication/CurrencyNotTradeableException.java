package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
/** The bank does not issue LCs in this currency. */
public class CurrencyNotTradeableException extends BusinessRuleViolation {

    public CurrencyNotTradeableException(String currency) {
        super(CommandRefusal.CURRENCY_NOT_TRADEABLE, "the bank does not trade in " + currency);
    }
}
