package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;

/** Compliance validated the merchandise's value. */
public record ProductValueValidated(LCApplicationId lcApplicationId, Decision outcome) implements LCApplicationEvent {
}
