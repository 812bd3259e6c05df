package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.value.Country;

/** An LC pays across borders: applicant and beneficiary must reside in different countries. */
public class SameCountryPartiesException extends BusinessRuleViolation {

    public SameCountryPartiesException(Country country) {
        super(CommandRefusal.SAME_COUNTRY_PARTIES, "applicant and beneficiary both reside in " + country);
    }
}
