package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** Customer Onboarding validated the applicant's credit worthiness. */
@Revision("1")
public record ApplicantCreditValidated(LCApplicationId lcApplicationId, Decision outcome) implements LCApplicationEvent {
}
