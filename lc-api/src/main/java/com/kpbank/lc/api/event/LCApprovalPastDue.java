package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** A submitted application had no decision by the last approval deadline (day 30). */
@Revision("1")
public record LCApprovalPastDue(LCApplicationId lcApplicationId) implements LCApplicationEvent {
}
