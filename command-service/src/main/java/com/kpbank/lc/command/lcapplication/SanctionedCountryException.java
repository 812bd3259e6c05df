package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.value.Country;

/** The beneficiary resides in a country the bank may not trade with. */
public class SanctionedCountryException extends BusinessRuleViolation {

    public SanctionedCountryException(Country country) {
        super(CommandRefusal.SANCTIONED_COUNTRY, "the beneficiary's country " + country + " is sanctioned");
    }
}
