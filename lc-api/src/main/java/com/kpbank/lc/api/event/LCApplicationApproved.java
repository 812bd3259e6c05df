package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** A trade finance manager or the auto-approval policy approved the application. */
@Revision("1")
public record LCApplicationApproved(LCApplicationId lcApplicationId, DecisionMaker approvedBy) implements LCApplicationEvent {
}
