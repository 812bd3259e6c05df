package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.value.Country;

/** The advising bank advises the beneficiary locally: it must be in the beneficiary's country. */
public class AdvisingBankCountryMismatchException extends BusinessRuleViolation {

    public AdvisingBankCountryMismatchException(Country bankCountry, Country beneficiaryCountry) {
        super(CommandRefusal.ADVISING_BANK_COUNTRY_MISMATCH, "the advising bank is in " + bankCountry + ", the beneficiary in " + beneficiaryCountry);
    }
}
