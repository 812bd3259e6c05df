package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The draft's applicant (importer) was set. */
@Revision("1")
public record ApplicantChanged(LCApplicationId lcApplicationId, Party applicant) implements LCApplicationEvent {
}
