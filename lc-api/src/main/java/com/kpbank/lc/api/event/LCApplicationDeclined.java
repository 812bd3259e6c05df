package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** A trade finance manager declined the application. */
@Revision("1")
public record LCApplicationDeclined(LCApplicationId lcApplicationId, DecisionMaker declinedBy, String reason) implements LCApplicationEvent {
}
