package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.value.Country;

/** An LC pays across borders: applicant and beneficiary must reside in different countries. */
public class SameCountryPartiesException extends BusinessRuleViolation {

    public static final String CODE = "same-country-parties";

    public SameCountryPartiesException(Country country) {
        super(CODE, "applicant and beneficiary both reside in " + country);
    }
}
