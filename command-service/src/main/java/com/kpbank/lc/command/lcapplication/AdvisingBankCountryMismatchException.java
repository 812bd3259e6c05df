package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.value.Country;

/** The advising bank advises the beneficiary locally: it must be in the beneficiary's country. */
public class AdvisingBankCountryMismatchException extends BusinessRuleViolation {

    public static final String CODE = "advising-bank-country-mismatch";

    public AdvisingBankCountryMismatchException(Country bankCountry, Country beneficiaryCountry) {
        super(CODE, "the advising bank is in " + bankCountry + ", the beneficiary in " + beneficiaryCountry);
    }
}
