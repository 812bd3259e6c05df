package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Party;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The draft's beneficiary (exporter) was set. */
@Revision("1")
public record BeneficiaryChanged(LCApplicationId lcApplicationId, Party beneficiary) implements LCApplicationEvent {
}
