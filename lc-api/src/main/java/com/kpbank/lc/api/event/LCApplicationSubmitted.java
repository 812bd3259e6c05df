package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.Country;
import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.LCApplicationId;

/** The applicant submitted a complete application; it carries what the checks and the auto-approval need. */
public record LCApplicationSubmitted(LCApplicationId lcApplicationId, ApplicantId applicantId, Money amount, Country beneficiaryCountry) implements LCApplicationEvent {
}
