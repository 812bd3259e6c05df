package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Money;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's amount was set. */
public record LCAmountChanged(LCApplicationId lcApplicationId, Money amount) implements LCApplicationEvent {
}
