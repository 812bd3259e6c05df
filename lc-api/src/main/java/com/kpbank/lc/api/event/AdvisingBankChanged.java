package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The draft's advising bank was set. */
@Revision("1")
public record AdvisingBankChanged(LCApplicationId lcApplicationId, AdvisingBank advisingBank) implements LCApplicationEvent {
}
