package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.DecisionMaker;
import com.kpbank.lc.api.value.LCApplicationId;

/** A trade finance manager or the auto-approval policy approved the application. */
public record LCApplicationApproved(LCApplicationId lcApplicationId, DecisionMaker approvedBy) implements LCApplicationEvent {
}
