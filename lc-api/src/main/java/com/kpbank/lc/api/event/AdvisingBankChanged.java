package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.AdvisingBank;
import com.kpbank.lc.api.value.LCApplicationId;

/** The draft's advising bank was set. */
public record AdvisingBankChanged(LCApplicationId lcApplicationId, AdvisingBank advisingBank) implements LCApplicationEvent {
}
