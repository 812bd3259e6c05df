package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Conditions;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's payment and shipment conditions were set. */
public record ConditionsChanged(LCApplicationId lcApplicationId, Conditions conditions) implements LCApplicationEvent {
}
