package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's merchandise was set. */
public record MerchandiseChanged(LCApplicationId lcApplicationId, Merchandise merchandise) implements LCApplicationEvent {
}
