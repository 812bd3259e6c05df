package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The draft's payment and shipment conditions were set. */
@Revision("1")
public record ConditionsChanged(LCApplicationId lcApplicationId, Conditions conditions) implements LCApplicationEvent {
}
