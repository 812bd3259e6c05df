package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.LCApplicationId;

/** A submitted application had no decision by the last approval deadline (day 30). */
public record LCApprovalPastDue(LCApplicationId lcApplicationId) implements LCApplicationEvent {
}
