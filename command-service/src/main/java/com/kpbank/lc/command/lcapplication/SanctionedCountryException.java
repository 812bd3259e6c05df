package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.value.Country;

/** The beneficiary resides in a country the bank may not trade with. */
public class SanctionedCountryException extends BusinessRuleViolation {

    public static final String CODE = "sanctioned-country";

    public SanctionedCountryException(Country country) {
        super(CODE, "the beneficiary's country " + country + " is sanctioned");
    }
}
