package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.LCApplicationId;

/** The applicant cancelled the application. */
public record LCApplicationCancelled(LCApplicationId lcApplicationId, String reason) implements LCApplicationEvent {
}
