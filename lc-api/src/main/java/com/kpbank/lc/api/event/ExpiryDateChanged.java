package com.kpbank.lc.api.event;

import java.time.LocalDate;
import com.kpbank.lc.api.value.LCApplicationId;
import org.axonframework.serialization.Revision;

/** The draft's expiry date was set. */
@Revision("1")
public record ExpiryDateChanged(LCApplicationId lcApplicationId, LocalDate expiryDate) implements LCApplicationEvent {
}
