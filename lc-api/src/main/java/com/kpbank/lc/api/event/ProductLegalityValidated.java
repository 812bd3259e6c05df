package com.kpbank.lc.api.event;

import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** Compliance validated the merchandise's legality. */
@Revision("1")
public record ProductLegalityValidated(LCApplicationId lcApplicationId, Decision outcome) implements LCApplicationEvent {
}
