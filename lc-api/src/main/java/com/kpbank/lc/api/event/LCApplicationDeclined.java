package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;

/** A trade finance manager declined the application. */
public record LCApplicationDeclined(LCApplicationId lcApplicationId, DecisionMaker declinedBy, String reason) implements LCApplicationEvent {
}
