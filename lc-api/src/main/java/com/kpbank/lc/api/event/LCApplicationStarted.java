package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.LCApplicationId;

/** An applicant started a draft. */
public record LCApplicationStarted(LCApplicationId lcApplicationId, ApplicantId applicantId, ClientReference clientReference) implements LCApplicationEvent {
}
