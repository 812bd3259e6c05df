package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's applicant (importer) was set. */
public record ApplicantChanged(LCApplicationId lcApplicationId, Party applicant) implements LCApplicationEvent {
}
