package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The applicant cancelled the application. */
@Revision("1")
public record LCApplicationCancelled(LCApplicationId lcApplicationId, String reason) implements LCApplicationEvent {
}
