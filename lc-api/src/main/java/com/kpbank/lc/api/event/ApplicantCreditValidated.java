package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;

/** Customer Onboarding validated the applicant's credit worthiness. */
public record ApplicantCreditValidated(LCApplicationId lcApplicationId, Decision outcome) implements LCApplicationEvent {
}
