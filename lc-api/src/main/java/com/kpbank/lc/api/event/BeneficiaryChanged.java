package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's beneficiary (exporter) was set. */
public record BeneficiaryChanged(LCApplicationId lcApplicationId, Party beneficiary) implements LCApplicationEvent {
}
