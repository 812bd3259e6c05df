package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** An applicant started a draft. */
@Revision("1")
public record LCApplicationStarted(LCApplicationId lcApplicationId, ApplicantId applicantId, ClientReference clientReference) implements LCApplicationEvent {
}
