package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Merchandise;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The draft's merchandise was set. */
@Revision("1")
public record MerchandiseChanged(LCApplicationId lcApplicationId, Merchandise merchandise) implements LCApplicationEvent {
}
