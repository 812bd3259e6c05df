package com.kpbank.lc.command.lcapplication;

/** The bank does not issue LCs in this currency. */
public class CurrencyNotTradeableException extends BusinessRuleViolation {

    public static final String CODE = "currency-not-tradeable";

    public CurrencyNotTradeableException(String currency) {
        super(CODE, "the bank does not trade in " + currency);
    }
}
